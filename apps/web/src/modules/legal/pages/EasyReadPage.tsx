import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { textList } from '../../../ui/textList';
import { usePageTitle } from '../../../ui/usePageTitle';

const SECTIONS = ['what', 'offer', 'navigate', 'language', 'help'] as const;

export default function EasyReadPage() {
  const { t } = useTranslation();
  usePageTitle(t('easyRead.title'));
  return (
    <div className="easy-read">
      <PageHeading>{t('easyRead.title')}</PageHeading>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`easy-${section}`}>
          <h2 id={`easy-${section}`}>{t(`easyRead.${section}.heading`)}</h2>
          {textList(t, `easyRead.${section}.text`).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </section>
      ))}
      <p>
        <Link to="/kommunen">{t('easyRead.linkMunicipalities')}</Link>
      </p>
      <p>
        <Link to="/barrierefreiheit">{t('easyRead.linkAccessibility')}</Link>
      </p>
    </div>
  );
}
