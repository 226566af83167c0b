import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../ui/PageHeading';
import { textList } from '../../../ui/textList';
import { usePageTitle } from '../../../ui/usePageTitle';
import { MunicipalityMapSection } from '../../municipalities/components/MunicipalityMapSection';
import { LatestPractices } from '../../practices/components/LatestPractices';
import { ProgrammeOverview } from '../../programmes/components/ProgrammeOverview';

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  return (
    <>
      <PageHeading>{t('home.heading')}</PageHeading>
      <p className="lead">{t('home.lead')}</p>

      <section aria-labelledby="home-purpose">
        <h2 id="home-purpose">{t('home.purposeHeading')}</h2>
        <ul>
          {textList(t, 'home.purpose').map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-programme">
        <h2 id="home-programme">{t('home.programmeHeading')}</h2>
        <ProgrammeOverview />
      </section>

      <section aria-labelledby="home-practices">
        <h2 id="home-practices">{t('practices.home.heading')}</h2>
        <LatestPractices />
      </section>

      <section aria-labelledby="home-entry">
        <h2 id="home-entry">{t('home.entryHeading')}</h2>
        <ul className="entry-points">
          <li>
            <Link to="/kommunen" className="entry-link">
              {t('home.entryMunicipalities')}
            </Link>
            <p>{t('home.entryMunicipalitiesText')}</p>
          </li>
          <li>
            <Link to="/praxisbeispiele" className="entry-link">
              {t('practices.list.title')}
            </Link>
            <p>{t('practices.home.entryText')}</p>
          </li>
          <li>
            <p>
              <strong>{t('home.comingSoonDiscussions')}</strong> – {t('home.comingSoon')}
            </p>
          </li>
        </ul>
      </section>

      <section aria-labelledby="home-map">
        <h2 id="home-map">{t('home.mapHeading')}</h2>
        <MunicipalityMapSection description={t('map.descriptionHome')} />
        <p>
          <Link to="/kommunen">{t('home.mapListLink')}</Link>
        </p>
      </section>
    </>
  );
}
