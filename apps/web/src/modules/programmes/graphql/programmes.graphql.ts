import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ProgrammesQuery, ProgrammesQueryVariables } from '../../../graphql/generated';

export type Programme = ProgrammesQuery['programmes'][number];

export const PROGRAMMES_QUERY: TypedDocumentNode<ProgrammesQuery, ProgrammesQueryVariables> = gql`
  query Programmes {
    programmes {
      id
      slug
      name
      framework
      announcedOn
      fundingPerSiteEurMax
      implementedBy
      goals
      participantCount
    }
  }
`;
