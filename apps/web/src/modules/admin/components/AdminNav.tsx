import { useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Abilities } from '../../account/graphql/types';
import { canInvite } from '../../account/hooks/useMe';
import { DEV_MAILBOX_ENABLED_QUERY } from '../graphql/mailbox.graphql';

export interface AdminSection {
  to: string;
  key: string;
}

/** The administration pages this person may use. */
export function useAdminSections(abilities: Abilities): AdminSection[] {
  const { data } = useQuery(DEV_MAILBOX_ENABLED_QUERY, { skip: !abilities.readMailbox });
  const sections: AdminSection[] = [];
  if (abilities.moderate) sections.push({ to: '/verwaltung/pruefung', key: 'practiceEditor.review.title' });
  if (abilities.moderate) sections.push({ to: '/verwaltung/moderation', key: 'moderation.queue.title' });
  if (abilities.administerUsers) sections.push({ to: '/verwaltung/protokoll', key: 'moderation.audit.title' });
  if (canInvite(abilities)) sections.push({ to: '/verwaltung/einladungen', key: 'admin.invitations.title' });
  if (abilities.administerUsers) sections.push({ to: '/verwaltung/benutzer', key: 'admin.users.title' });
  if (abilities.readMailbox && data?.devMailboxEnabled) sections.push({ to: '/verwaltung/postfach', key: 'admin.mailbox.title' });
  if (abilities.readFeedback) sections.push({ to: '/verwaltung/rueckmeldungen', key: 'admin.feedback.title' });
  return sections;
}

/** Sub-navigation of the administration area. */
export function AdminNav({ abilities }: { abilities: Abilities }) {
  const { t } = useTranslation();
  const sections = useAdminSections(abilities);
  return (
    <nav aria-label={t('admin.navLabel')} className="sub-nav">
      <ul>
        <li>
          <NavLink to="/verwaltung" end>
            {t('admin.overview')}
          </NavLink>
        </li>
        {sections.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to}>{t(s.key)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
