import { gql } from '@apollo/client';

/*
 * Shared selections of the practice views. Kept out of the operation modules: a document holding
 * only a fragment would fail validation in operations.spec. Their names carry "View" so they do
 * not clash with the editor's fragments (codegen sees every document of the app at once).
 */

export const OUTCOME_VIEW_FIELDS = gql`
  fragment OutcomeViewFields on Outcome {
    label
    value
    unit
    asOf
    source
  }
`;

export const TOPIC_VIEW_FIELDS = gql`
  fragment TopicViewFields on Topic {
    id
    slug
    nameDe
    nameEn
  }
`;

/**
 * All abilities, always: PracticeAbilities has no id and lives inside the Practice entry of the
 * cache, so a query asking for fewer fields would overwrite (and lose) the others.
 */
export const PRACTICE_ABILITIES_FIELDS = gql`
  fragment PracticeViewAbilities on PracticeAbilities {
    adopt
    archive
    delete
    edit
    follow
    manageAttachments
    review
    submit
  }
`;

export const ADOPTION_VIEW_FIELDS = gql`
  fragment AdoptionViewFields on Adoption {
    id
    viewerCanEdit
    kind
    adoptedOn
    isExample
    changes
    changesHtml
    results
    resultsHtml
    outcomes {
      ...OutcomeViewFields
    }
    municipality {
      id
      slug
      name
    }
  }
`;
