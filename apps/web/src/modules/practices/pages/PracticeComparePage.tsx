import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PRACTICE_LIMITS } from '@praxisforum/domain';
import { hasErrorCode } from '../../../ui/errors';
import { PageHeading } from '../../../ui/PageHeading';
import { QueryError } from '../../../ui/QueryError';
import { usePageTitle } from '../../../ui/usePageTitle';
import { kindLabel } from '../../municipalities/labels';
import { canCompare, comparePath, listPathWithSelection, parseSlugList } from '../compareSelection';
import { ExampleBadge } from '../components/ExampleBadge';
import { formatEur, formatFigure, formatPeriod, outcomeLine } from '../format';
import { COMPARE_PRACTICES_QUERY } from '../graphql/practices.graphql';
import type { ComparedPractice } from '../graphql/types';
import { sizeLabel, topicName, workStatusLabel } from '../labels';

const { compareMin: MIN, compareMax: MAX } = PRACTICE_LIMITS;

export default function PracticeComparePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const slugs = parseSlugList(params.get('p'));
  usePageTitle(t('practices.compare.title'));
  const enough = canCompare(slugs.length);
  const { data, loading, error } = useQuery(COMPARE_PRACTICES_QUERY, { variables: { slugs }, skip: !enough });

  let body: ReactNode;
  if (!enough) {
    body = (
      <div className="notice notice-warning">
        <p>{t('practices.compare.tooFew', { min: MIN, max: MAX })}</p>
        <p>
          <Link to={listPathWithSelection(slugs)}>{t('practices.compare.backToList')}</Link>
        </p>
      </div>
    );
  } else if (error && hasErrorCode(error, 'NOT_FOUND')) {
    body = (
      <div role="alert" className="notice notice-error">
        <p>{t('practices.compare.notFound')}</p>
        <p>
          <Link to="/praxisbeispiele">{t('practices.compare.backToList')}</Link>
        </p>
      </div>
    );
  } else if (error) {
    body = <QueryError error={error} />;
  } else if (loading || !data) {
    body = (
      <p role="status" className="result-count">
        {t('common.loading')}
      </p>
    );
  } else {
    body = (
      <>
        <p>{t('practices.compare.intro')}</p>
        {data.comparePractices.some((p) => p.isExample) && <p className="notice notice-warning">{t('practices.exampleNote')}</p>}
        <CompareTable practices={data.comparePractices} />
        <p>
          <Link to={listPathWithSelection(slugs)}>{t('practices.compare.backToSelection')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <p className="breadcrumb">
        <Link to={listPathWithSelection(slugs)}>{t('practices.compare.backToList')}</Link>
      </p>
      <PageHeading>{t('practices.compare.title')}</PageHeading>
      {body}
    </>
  );
}

function CompareTable({ practices }: { practices: readonly ComparedPractice[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  const notStated = <span className="not-stated">{t('practices.compare.notStated')}</span>;
  const slugs = practices.map((p) => p.slug);

  const rows: { key: string; label: string; cell: (p: ComparedPractice) => ReactNode }[] = [
    {
      key: 'municipality',
      label: t('practices.compare.row.municipality'),
      cell: (p) => (
        <>
          <Link to={`/kommunen/${encodeURIComponent(p.municipality.slug)}`}>{p.municipality.name}</Link> ({kindLabel(t, p.municipality.kind)})
        </>
      ),
    },
    {
      key: 'topics',
      label: t('practices.compare.row.topics'),
      cell: (p) => (p.topics.length > 0 ? p.topics.map((topic) => topicName(topic, lng)).join(', ') : notStated),
    },
    { key: 'workStatus', label: t('practices.compare.row.workStatus'), cell: (p) => workStatusLabel(t, p.workStatus) },
    { key: 'period', label: t('practices.compare.row.period'), cell: (p) => formatPeriod(t, p.periodStart, p.periodEnd, lng) ?? notStated },
    {
      key: 'outcomes',
      label: t('practices.compare.row.outcomes'),
      cell: (p) =>
        p.outcomes.length > 0 ? (
          <ul className="plain-list">
            {p.outcomes.map((o, i) => (
              <li key={`${i}-${o.label}`}>{outcomeLine(t, o, lng)}</li>
            ))}
          </ul>
        ) : (
          notStated
        ),
    },
    { key: 'costOneOff', label: t('practices.compare.row.costOneOff'), cell: (p) => (p.costOneOffEur != null ? formatEur(p.costOneOffEur, lng) : notStated) },
    { key: 'costYearly', label: t('practices.compare.row.costYearly'), cell: (p) => (p.costYearlyEur != null ? formatEur(p.costYearlyEur, lng) : notStated) },
    {
      key: 'staffHours',
      label: t('practices.compare.row.staffHours'),
      cell: (p) => (p.staffHoursPerMonth != null ? formatFigure(p.staffHoursPerMonth, lng) : notStated),
    },
    {
      key: 'transferable',
      label: t('practices.compare.row.transferable'),
      cell: (p) => {
        const items = [...p.transferableKinds.map((k) => kindLabel(t, k)), ...p.transferableSizes.map((s) => sizeLabel(t, s))];
        return items.length > 0 ? items.join(', ') : notStated;
      },
    },
  ];

  return (
    // Focusable and named, so keyboard users can scroll the table sideways on small screens.
    <div className="table-scroll compare-scroll" tabIndex={0} role="region" aria-label={t('practices.compare.scrollRegion')}>
      <table className="data-table compare-table">
        <caption>{t('practices.compare.caption', { count: practices.length })}</caption>
        <thead>
          <tr>
            <td className="compare-corner">
              <span className="visually-hidden">{t('practices.compare.feature')}</span>
            </td>
            {practices.map((p) => (
              <th key={p.id} scope="col">
                <Link to={`/praxisbeispiele/${encodeURIComponent(p.slug)}`}>{p.title}</Link>
                {p.isExample && <ExampleBadge compact />}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {practices.map((p) => (
                <td key={p.id}>{row.cell(p)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        {/* Outside the column headers, so the headers read as just the titles. */}
        <tfoot>
          <tr>
            <td />
            {practices.map((p) => (
              <td key={p.id}>
                <Link to={comparePath(slugs.filter((s) => s !== p.slug))}>
                  {t('practices.compare.remove')}
                  <span className="visually-hidden"> ({p.title})</span>
                </Link>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
