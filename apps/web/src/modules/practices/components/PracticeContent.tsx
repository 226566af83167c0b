import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../ui/format';
import { kindLabel } from '../../municipalities/labels';
import { formatEur, formatFigure, formatPeriod } from '../format';
import type { AdoptionView, PracticeDetail } from '../graphql/types';
import { partnerKindLabel, sizeLabel, topicName, workStatusLabel } from '../labels';
import { AdoptionList } from './AdoptionList';
import { AttachmentList } from './AttachmentList';
import { MarkdownSection } from './MarkdownSection';
import { OutcomeCharts } from './OutcomeCharts';
import { OutcomeTable } from './OutcomeTable';
import type { PartnerKind } from '../../../graphql/generated';

const PARTNER_KIND_ORDER: readonly PartnerKind[] = ['POLITICS', 'ADMINISTRATION', 'CIVIL_SOCIETY', 'MIGRANT_ORGANISATION', 'OTHER'];

interface Props {
  practice: PracticeDetail;
  /** Rendered at the top of the adoptions section (the "record an adoption" button). */
  adoptionTools?: ReactNode;
  /** Per-adoption actions (edit, remove); omitted in print. */
  adoptionActions?: (adoption: AdoptionView) => ReactNode;
  /** Shown in the contact box when the contact is a registered person ("Nachricht senden"); omitted in print. */
  contactAction?: ReactNode;
}

/** Facts in a definition list; entries without a value are left out. */
function Facts({ entries }: { entries: [string, ReactNode][] }) {
  const shown = entries.filter(([, value]) => value !== null && value !== undefined && value !== false && value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="facts">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Section({ heading, children }: { heading: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

function joined(items: ReactNode[]): ReactNode {
  return items.map((item, i) => (
    <span key={i}>
      {i > 0 && ', '}
      {item}
    </span>
  ));
}

/** The whole practice below its h1: the detail page and the print page show the same content. */
export function PracticeContent({ practice: p, adoptionTools, adoptionActions, contactAction }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;

  const partnersByKind = PARTNER_KIND_ORDER.map((kind) => ({ kind, names: p.partners.filter((x) => x.kind === kind).map((x) => x.name) })).filter(
    (group) => group.names.length > 0,
  );
  const hasEffort = p.costOneOffEur != null || p.costYearlyEur != null || p.staffHoursPerMonth != null || p.fundingSources.length > 0;

  return (
    <>
      <Section heading={t('practices.detail.facts')}>
        <Facts
          entries={[
            [t('practices.detail.municipality'), <Link to={`/kommunen/${encodeURIComponent(p.municipality.slug)}`}>{p.municipality.name}</Link>],
            [
              t('practices.detail.partnerMunicipalities'),
              p.partnerMunicipalities.length > 0 &&
                joined(p.partnerMunicipalities.map((m) => <Link to={`/kommunen/${encodeURIComponent(m.slug)}`}>{m.name}</Link>)),
            ],
            [t('practices.detail.topics'), p.topics.map((topic) => topicName(topic, lng)).join(', ')],
            [t('practices.detail.targetGroups'), p.targetGroups.join(', ')],
            [t('practices.detail.workStatus'), workStatusLabel(t, p.workStatus)],
            [t('practices.detail.period'), formatPeriod(t, p.periodStart, p.periodEnd, lng)],
            [t('practices.detail.publishedAt'), p.publishedAt && formatDate(p.publishedAt, lng)],
            [t('practices.detail.updatedAt'), formatDate(p.updatedAt, lng)],
          ]}
        />
      </Section>

      {p.summary.trim() && (
        <Section heading={t('practices.section.summary')}>
          <p className="lead practice-summary">{p.summary}</p>
        </Section>
      )}
      <MarkdownSection html={p.problem.html} heading={t('practices.section.problem')} />
      <MarkdownSection html={p.approach.html} heading={t('practices.section.approach')} />
      <MarkdownSection html={p.results.html} heading={t('practices.section.results')} />

      {p.outcomes.length > 0 && (
        <Section heading={t('practices.section.outcomes')}>
          <OutcomeTable outcomes={p.outcomes} caption={t('practices.outcomes.caption')} />
          <OutcomeCharts outcomes={p.outcomes} />
        </Section>
      )}

      <MarkdownSection html={p.successFactors.html} heading={t('practices.section.successFactors')} />
      <MarkdownSection html={p.obstacles.html} heading={t('practices.section.obstacles')} />

      {(p.transferability.html.trim() || p.transferableKinds.length > 0 || p.transferableSizes.length > 0) && (
        <Section heading={t('practices.section.transferability')}>
          <MarkdownSection html={p.transferability.html} />
          <Facts
            entries={[
              [t('practices.transfer.kinds'), p.transferableKinds.map((k) => kindLabel(t, k)).join(', ')],
              [t('practices.transfer.sizes'), p.transferableSizes.map((s) => sizeLabel(t, s)).join(', ')],
            ]}
          />
        </Section>
      )}

      <Section heading={t('practices.section.effort')}>
        {hasEffort ? (
          <Facts
            entries={[
              [t('practices.effort.costOneOff'), p.costOneOffEur != null && formatEur(p.costOneOffEur, lng)],
              [t('practices.effort.costYearly'), p.costYearlyEur != null && formatEur(p.costYearlyEur, lng)],
              [
                t('practices.effort.staffHours'),
                p.staffHoursPerMonth != null && t('practices.effort.staffHoursValue', { hours: formatFigure(p.staffHoursPerMonth, lng) }),
              ],
              [
                t('practices.effort.fundingSources'),
                p.fundingSources.length > 0 && (
                  <ul className="plain-list">
                    {p.fundingSources.map((source) => (
                      <li key={source}>{source}</li>
                    ))}
                  </ul>
                ),
              ],
            ]}
          />
        ) : (
          <p>{t('practices.effort.none')}</p>
        )}
      </Section>

      {partnersByKind.length > 0 && (
        <Section heading={t('practices.section.partners')}>
          {partnersByKind.map((group) => (
            <div key={group.kind}>
              <h3>{partnerKindLabel(t, group.kind)}</h3>
              <ul>
                {group.names.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </div>
          ))}
        </Section>
      )}

      <Section heading={t('practices.section.contact')}>
        {p.contact ? (
          <p>
            {p.contact.name}
            {p.contact.isMember && <span className="badge">{t('practices.contact.member')}</span>}
            {p.contact.email && (
              <>
                <br />
                <a href={`mailto:${p.contact.email}`}>{p.contact.email}</a>
              </>
            )}
          </p>
        ) : (
          <p>{t('practices.contact.none')}</p>
        )}
        {p.contact?.isMember && contactAction && <p className="no-print">{contactAction}</p>}
      </Section>

      {p.attachments.length > 0 && (
        <Section heading={t('practices.section.attachments')}>
          <AttachmentList attachments={p.attachments} />
        </Section>
      )}

      <Section heading={t('practices.section.adoptions')}>
        {adoptionTools}
        {p.adoptions.length > 0 ? (
          <AdoptionList adoptions={p.adoptions} actions={adoptionActions} />
        ) : (
          <p>{t('practices.adoptions.none')}</p>
        )}
      </Section>
    </>
  );
}
