import { type Practice, type PracticeContact } from './practice.types.js';

/** The contact as the public sees it: a member by name, or a name and e-mail given with consent. */
export function publicContact(p: Pick<Practice, 'contactUserId' | 'contactUserName' | 'contactConsent' | 'contactName' | 'contactEmail'>): PracticeContact | null {
  if (p.contactUserId && p.contactUserName) return { name: p.contactUserName, email: null, isMember: true };
  if (!p.contactConsent || !p.contactName) return null;
  return { name: p.contactName, email: p.contactEmail, isMember: false };
}
