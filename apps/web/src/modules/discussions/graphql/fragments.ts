import { gql } from '@apollo/client';

export const PERSON_FIELDS = gql`
  fragment PersonFields on PersonRef {
    id
    displayName
  }
`;

export const SPACE_FIELDS = gql`
  fragment SpaceFields on Space {
    type
    id
    titleDe
    titleEn
    slug
    path
  }
`;

/** A thread as lists show it: badges, activity and the viewer's unread posts. */
export const THREAD_LIST_FIELDS = gql`
  fragment ThreadListFields on Thread {
    id
    kind
    title
    tags
    author {
      ...PersonFields
    }
    space {
      ...SpaceFields
    }
    createdAt
    lastPostAt
    postCount
    lastPostNumber
    locked
    pinned
    hidden
    held
    isExample
    unreadCount
    acceptedAnswer {
      id
    }
  }
  ${PERSON_FIELDS}
  ${SPACE_FIELDS}
`;

/** A post as the thread page shows it, with what the viewer may do with it. */
export const POST_FIELDS = gql`
  fragment PostFields on Post {
    id
    threadId
    number
    author {
      ...PersonFields
    }
    body {
      markdown
      html
    }
    quoted {
      id
      number
      author {
        ...PersonFields
      }
      excerpt
    }
    createdAt
    editedAt
    editCount
    deleted
    hidden
    hiddenReason
    held
    helpfulCount
    viewerReacted
    accepted
    viewerCan {
      edit
      delete
      react
      accept
      flag
      moderate
    }
  }
  ${PERSON_FIELDS}
`;

export const THREAD_ABILITIES_FIELDS = gql`
  fragment ThreadAbilitiesFields on ThreadAbilities {
    reply
    edit
    accept
    moderate
    flag
  }
`;

/** The thread's own state that moderator actions and the accept button change. */
export const THREAD_STATE_FIELDS = gql`
  fragment ThreadStateFields on Thread {
    id
    title
    tags
    locked
    pinned
    hidden
    hiddenReason
    held
    lastPostNumber
    postCount
    lastReadNumber
    unreadCount
    viewerFollowLevel
    space {
      ...SpaceFields
    }
    acceptedAnswer {
      ...PostFields
    }
    viewerCan {
      ...ThreadAbilitiesFields
    }
  }
  ${SPACE_FIELDS}
  ${POST_FIELDS}
  ${THREAD_ABILITIES_FIELDS}
`;
