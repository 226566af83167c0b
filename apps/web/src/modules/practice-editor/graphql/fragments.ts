import { gql } from '@apollo/client';

/**
 * Fragments of the editor's operations. Kept out of the operation modules: a document holding only
 * a fragment would fail validation in operations.spec as an unused fragment.
 */

/** A file of a practice as the editor lists it. */
export const EDITOR_ATTACHMENT_FIELDS = gql`
  fragment EditorAttachmentFields on Attachment {
    id
    fileName
    mimeType
    sizeBytes
    altText
    url
    createdAt
  }
`;

/** What the editor may do now: the buttons shown follow these answers. */
export const EDITOR_ABILITY_FIELDS = gql`
  fragment EditorAbilityFields on PracticeAbilities {
    edit
    submit
    delete
    manageAttachments
  }
`;

/**
 * Every editable field as stored (Markdown sources, contact as entered), plus what the editor needs
 * around them. Saves answer with the same fields, so the cache stays in step with the form.
 */
export const PRACTICE_EDITOR_FIELDS = gql`
  fragment PracticeEditorFields on Practice {
    id
    slug
    version
    state
    title
    summary
    topics {
      id
      slug
    }
    partnerMunicipalities {
      id
      slug
      name
    }
    targetGroups
    workStatus
    periodStart
    periodEnd
    problem {
      markdown
    }
    approach {
      markdown
    }
    results {
      markdown
    }
    outcomes {
      label
      value
      unit
      asOf
      source
    }
    costOneOffEur
    costYearlyEur
    fundingSources
    staffHoursPerMonth
    partners {
      kind
      name
    }
    successFactors {
      markdown
    }
    obstacles {
      markdown
    }
    transferability {
      markdown
    }
    transferableKinds
    transferableSizes
    contactDraft {
      userId
      userName
      name
      email
      consent
    }
    reviewComment
    publishedAt
    updatedAt
    municipality {
      id
      slug
      name
    }
    viewerCan {
      ...EditorAbilityFields
    }
    attachments {
      ...EditorAttachmentFields
    }
  }
  ${EDITOR_ABILITY_FIELDS}
  ${EDITOR_ATTACHMENT_FIELDS}
`;

/** A row of the practice tables (my practices, review queue). */
export const PRACTICE_ROW_FIELDS = gql`
  fragment PracticeRowFields on Practice {
    id
    slug
    title
    state
    updatedAt
    submittedAt
    municipality {
      id
      slug
      name
    }
  }
`;

/** Paging of the practice tables. */
export const EDITOR_PAGE_INFO_FIELDS = gql`
  fragment EditorPageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`;
