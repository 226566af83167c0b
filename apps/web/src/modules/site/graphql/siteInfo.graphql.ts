import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SiteInfoQuery, SiteInfoQueryVariables } from '../../../graphql/generated';

export type SiteInfo = SiteInfoQuery['siteInfo'];
export type Operator = SiteInfo['operator'];

/** One query for the shell and the legal pages, so they share one cache entry. */
export const SITE_INFO_QUERY: TypedDocumentNode<SiteInfoQuery, SiteInfoQueryVariables> = gql`
  query SiteInfo {
    siteInfo {
      operator {
        name
        street
        postalCode
        city
        email
        phone
        representedBy
      }
      dataProtectionOfficerEmail
      accessibilityContactEmail
      supervisoryAuthority
      isDemo
    }
  }
`;
