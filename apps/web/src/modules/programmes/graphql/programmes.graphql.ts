import { gql, type TypedDocumentNode } from '@apollo/client';

export interface Programme {
  id: string;
  slug: string;
  name: string;
  framework: string | null;
  announcedOn: string | null;
  fundingPerSiteEurMax: number | null;
  implementedBy: string | null;
  goals: string[];
  participantCount: number;
}

export const PROGRAMMES_QUERY: TypedDocumentNode<{ programmes: Programme[] }, Record<string, never>> = gql`
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
