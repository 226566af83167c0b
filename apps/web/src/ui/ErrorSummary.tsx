import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryItem {
  message: string;
  /** Id of the control the message is about; the message then links to it. */
  targetId?: string;
}

interface Props {
  items: readonly ErrorSummaryItem[];
  /** Level of the summary's heading, one below the form's own heading. */
  headingLevel: 2 | 3 | 4 | 5 | 6;
  heading?: string;
  /**
   * Changes with every submit attempt. The summary takes focus when it appears and whenever this
   * changes, so the problems are read out first after each failed attempt.
   */
  focusKey?: unknown;
}

/** The problems of a form submission in one place, each linked to its field. Render it only when there are problems. */
export function ErrorSummary({ items, headingLevel, heading, focusKey }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);

  return (
    <div ref={ref} tabIndex={-1} className="error-summary" aria-labelledby={headingId} role="group">
      <Heading id={headingId}>{heading ?? t('form.summaryHeading')}</Heading>
      <ul>
        {items.map(({ message, targetId }, i) => (
          <li key={targetId ?? `${i}-${message}`}>{targetId ? <a href={`#${targetId}`}>{message}</a> : message}</li>
        ))}
      </ul>
    </div>
  );
}
