import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  DeleteAdoptionMutation,
  DeleteAdoptionMutationVariables,
  RecordAdoptionMutation,
  RecordAdoptionMutationVariables,
  UpdateAdoptionMutation,
  UpdateAdoptionMutationVariables,
} from '../../../graphql/generated';
import { ADOPTION_VIEW_FIELDS, OUTCOME_VIEW_FIELDS } from './fragments';

export const RECORD_ADOPTION_MUTATION: TypedDocumentNode<RecordAdoptionMutation, RecordAdoptionMutationVariables> = gql`
  mutation RecordAdoption($input: RecordAdoptionInput!) {
    recordAdoption(input: $input) {
      ...AdoptionViewFields
    }
  }
  ${ADOPTION_VIEW_FIELDS}
  ${OUTCOME_VIEW_FIELDS}
`;

export const UPDATE_ADOPTION_MUTATION: TypedDocumentNode<UpdateAdoptionMutation, UpdateAdoptionMutationVariables> = gql`
  mutation UpdateAdoption($input: UpdateAdoptionInput!) {
    updateAdoption(input: $input) {
      ...AdoptionViewFields
    }
  }
  ${ADOPTION_VIEW_FIELDS}
  ${OUTCOME_VIEW_FIELDS}
`;

export const DELETE_ADOPTION_MUTATION: TypedDocumentNode<DeleteAdoptionMutation, DeleteAdoptionMutationVariables> = gql`
  mutation DeleteAdoption($id: ID!) {
    deleteAdoption(id: $id)
  }
`;
