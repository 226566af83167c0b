import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PRACTICE_LIMITS } from '@praxisforum/domain';
import { canCompare, comparePath } from '../compareSelection';

interface Props {
  slugs: readonly string[];
  /** Id for the sentence that explains the limit (cards point at it while selection is full). */
  fullHintId: string;
  onClear: () => void;
}

/** The comparison selection: how many are chosen, what is missing, and the way to the comparison. */
export function CompareBar({ slugs, fullHintId, onClear }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const count = slugs.length;
  const { compareMin: min, compareMax: max } = PRACTICE_LIMITS;
  return (
    <section aria-labelledby={headingId} className={count > 0 ? 'compare-bar' : 'compare-bar compare-bar-empty'}>
      <h2 id={headingId} className="visually-hidden">
        {t('practices.compare.barLabel')}
      </h2>
      {/* Always rendered, so selecting and deselecting is announced. */}
      <p role="status">
        {count > 0 && t('practices.compare.selected', { count, max })}
        {count > 0 && count < min && ` ${t('practices.compare.needMore', { min })}`}
        {count >= max && (
          <>
            {' '}
            <span id={fullHintId}>{t('practices.compare.full', { max })}</span>
          </>
        )}
      </p>
      {count > 0 && (
        <div className="button-row">
          {canCompare(count) && (
            <Link to={comparePath(slugs)} className="button-like">
              {t('practices.compare.link', { count })}
            </Link>
          )}
          <button type="button" className="button-link" onClick={onClear}>
            {t('practices.compare.clear')}
          </button>
        </div>
      )}
    </section>
  );
}
