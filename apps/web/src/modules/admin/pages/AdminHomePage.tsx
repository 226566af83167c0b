import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { usePageTitle } from '../../../ui/usePageTitle';
import type { Abilities } from '../../account/graphql/types';
import { hasAdminAccess } from '../../account/hooks/useMe';
import { useAdminSections } from '../components/AdminNav';
import { RequireAbility } from '../components/RequireAbility';

export default function AdminHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.title'));
  return (
    <>
      <PageHeading>{t('admin.title')}</PageHeading>
      {/* Moderators come here for the review of practices, even without other administration rights. */}
      <RequireAbility allowed={hasAdminAccess}>{(me) => <SectionList abilities={me.abilities} />}</RequireAbility>
    </>
  );
}

function SectionList({ abilities }: { abilities: Abilities }) {
  const { t } = useTranslation();
  const sections = useAdminSections(abilities);
  return (
    <>
      <p className="lead">{t('admin.intro')}</p>
      <ul className="card-list">
        {sections.map((s) => (
          <li key={s.to} className="card">
            <Link to={s.to} className="card-title">
              {t(s.key)}
            </Link>
            <p className="card-meta">{t(s.key.replace(/\.title$/, '.summary'))}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
