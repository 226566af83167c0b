import { gql, type TypedDocumentNode } from '@apollo/client';

export interface Operator {
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
  representedBy: string | null;
}

export interface SiteInfo {
  operator: Operator;
  dataProtectionOfficerEmail: string | null;
  accessibilityContactEmail: string | null;
  supervisoryAuthority: string | null;
  isDemo: boolean;
}

/** One query for the shell and the legal pages, so they share one cache entry. */
export const SITE_INFO_QUERY: TypedDocumentNode<{ siteInfo: SiteInfo }, Record<string, never>> = gql`
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
