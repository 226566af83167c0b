import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  CreatePracticeMutation,
  CreatePracticeMutationVariables,
  DeleteAttachmentMutation,
  DeleteAttachmentMutationVariables,
  DeletePracticeMutation,
  DeletePracticeMutationVariables,
  PracticeEditorQuery,
  PracticeEditorQueryVariables,
  SubmitPracticeMutation,
  SubmitPracticeMutationVariables,
  UpdateAttachmentAltTextMutation,
  UpdateAttachmentAltTextMutationVariables,
  UpdatePracticeMutation,
  UpdatePracticeMutationVariables,
} from '../../../graphql/generated';
import { EDITOR_ABILITY_FIELDS, EDITOR_ATTACHMENT_FIELDS, PRACTICE_EDITOR_FIELDS } from './fragments';

/** The practice as stored, and the topics to choose from (one request for the whole form). */
export const PRACTICE_EDITOR_QUERY: TypedDocumentNode<PracticeEditorQuery, PracticeEditorQueryVariables> = gql`
  query PracticeEditor($slug: String!) {
    practice(slug: $slug) {
      ...PracticeEditorFields
    }
    topics {
      id
      slug
      nameDe
      nameEn
    }
  }
  ${PRACTICE_EDITOR_FIELDS}
`;

export const CREATE_PRACTICE_MUTATION: TypedDocumentNode<CreatePracticeMutation, CreatePracticeMutationVariables> = gql`
  mutation CreatePractice($input: CreatePracticeInput!) {
    createPractice(input: $input) {
      id
      slug
      title
      state
    }
  }
`;

export const UPDATE_PRACTICE_MUTATION: TypedDocumentNode<UpdatePracticeMutation, UpdatePracticeMutationVariables> = gql`
  mutation UpdatePractice($input: UpdatePracticeInput!) {
    updatePractice(input: $input) {
      ...PracticeEditorFields
    }
  }
  ${PRACTICE_EDITOR_FIELDS}
`;

export const SUBMIT_PRACTICE_MUTATION: TypedDocumentNode<SubmitPracticeMutation, SubmitPracticeMutationVariables> = gql`
  mutation SubmitPractice($id: ID!) {
    submitPractice(id: $id) {
      id
      state
      version
      submittedAt
      reviewComment
      viewerCan {
        ...EditorAbilityFields
      }
    }
  }
  ${EDITOR_ABILITY_FIELDS}
`;

export const DELETE_PRACTICE_MUTATION: TypedDocumentNode<DeletePracticeMutation, DeletePracticeMutationVariables> = gql`
  mutation DeletePractice($id: ID!) {
    deletePractice(id: $id)
  }
`;

export const UPDATE_ATTACHMENT_ALT_TEXT_MUTATION: TypedDocumentNode<UpdateAttachmentAltTextMutation, UpdateAttachmentAltTextMutationVariables> = gql`
  mutation UpdateAttachmentAltText($id: ID!, $altText: String!) {
    updateAttachment(id: $id, altText: $altText) {
      ...EditorAttachmentFields
    }
  }
  ${EDITOR_ATTACHMENT_FIELDS}
`;

export const DELETE_ATTACHMENT_MUTATION: TypedDocumentNode<DeleteAttachmentMutation, DeleteAttachmentMutationVariables> = gql`
  mutation DeleteAttachment($id: ID!) {
    deleteAttachment(id: $id)
  }
`;
