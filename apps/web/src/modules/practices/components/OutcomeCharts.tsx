import { useTranslation } from 'react-i18next';
import { formatFigure } from '../format';
import type { OutcomeView } from '../graphql/types';

const WIDTH = 480;
const BAR_MAX = 380;
const ROW = 46;
const BAR_HEIGHT = 18;
const LABEL_MAX = 60;

/**
 * Bars compare like with like only: one chart per unit with at least two figures, all of them
 * non-negative. Other figures appear in the table alone.
 */
export function chartGroups(outcomes: readonly OutcomeView[]): { unit: string; outcomes: OutcomeView[] }[] {
  const byUnit = new Map<string, OutcomeView[]>();
  for (const o of outcomes) byUnit.set(o.unit, [...(byUnit.get(o.unit) ?? []), o]);
  return [...byUnit.entries()]
    .filter(([, group]) => group.length >= 2 && group.every((o) => o.value >= 0) && group.some((o) => o.value > 0))
    .map(([unit, group]) => ({ unit, outcomes: group }));
}

function shorten(text: string): string {
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text;
}

/**
 * Small bar charts drawn as inline SVG. Hidden from assistive technology on purpose: the table
 * next to them holds the same numbers and is the accessible version; a visible note says so.
 */
export function OutcomeCharts({ outcomes }: { outcomes: readonly OutcomeView[] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.resolvedLanguage;
  const groups = chartGroups(outcomes);
  if (groups.length === 0) return null;
  return (
    <div className="outcome-charts">
      <p className="hint">{t('practices.outcomes.chartsNote')}</p>
      {groups.map((group) => {
        const max = Math.max(...group.outcomes.map((o) => o.value));
        const height = group.outcomes.length * ROW;
        return (
          <figure key={group.unit} className="outcome-chart" aria-hidden="true" data-testid="outcome-chart">
            <figcaption>{t('practices.outcomes.chartTitle', { unit: group.unit })}</figcaption>
            <svg viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} focusable="false">
              {group.outcomes.map((o, i) => {
                const y = i * ROW;
                const width = Math.max(2, (o.value / max) * BAR_MAX);
                return (
                  <g key={`${i}-${o.label}`}>
                    <text x={0} y={y + 14} className="outcome-chart-label">
                      {shorten(o.label)}
                    </text>
                    <rect x={0} y={y + 20} width={width} height={BAR_HEIGHT} className="outcome-chart-bar" />
                    <text x={width + 6} y={y + 34} className="outcome-chart-value">
                      {formatFigure(o.value, lng)}
                    </text>
                  </g>
                );
              })}
            </svg>
          </figure>
        );
      })}
    </div>
  );
}
