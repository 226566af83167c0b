import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  heading: string;
  children?: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  headingLevel?: 2 | 3 | 4;
}

/**
 * The second step of a destructive action, shown in place (like deleting the account): a named
 * group that takes focus, with the consequence spelled out and a way back.
 */
export function ConfirmAction({ heading, children, confirmLabel, busyLabel, busy, onConfirm, onCancel, headingLevel = 3 }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  const Heading = `h${headingLevel}` as const;
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="notice notice-warning confirm-action" role="group" aria-labelledby={id}>
      <Heading id={id} ref={ref} tabIndex={-1}>
        {heading}
      </Heading>
      {children}
      <div className="button-row">
        <button type="button" className="button-danger" disabled={busy} onClick={onConfirm}>
          {busy ? busyLabel : confirmLabel}
        </button>
        <button type="button" className="button-secondary" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
