import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The button that asks for confirmation. */
  label: ReactNode;
  /** The button's full name where several alike are on a page ("Löschen: Flyer.pdf"); it starts with the visible label. */
  ariaLabel?: string;
  heading: string;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  /** Runs the action; while it runs the buttons are disabled. Errors are the caller's to show. */
  onConfirm: () => Promise<unknown>;
  danger?: boolean;
  headingLevel?: 2 | 3 | 4;
}

/**
 * An action that needs a second, explicit step (publish, delete): the button opens an inline
 * question whose heading takes focus; cancelling returns focus to the button.
 */
export function ConfirmAction({ label, ariaLabel, heading, children, confirmLabel, busyLabel, onConfirm, danger = false, headingLevel = 3 }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    if (open) headingRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [open]);

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      // Still here (e.g. the action failed): continue from the button.
      returnFocus.current = true;
      setBusy(false);
      setOpen(false);
    }
  };

  if (!open) {
    return (
      <button type="button" ref={triggerRef} className={danger ? 'button-danger' : undefined} aria-label={ariaLabel} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="notice notice-warning confirm-box" role="group" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading>
      {children}
      <div className="button-row">
        <button type="button" className={danger ? 'button-danger' : undefined} disabled={busy} onClick={() => void confirm()}>
          {busy ? busyLabel : confirmLabel}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={busy}
          onClick={() => {
            returnFocus.current = true;
            setOpen(false);
          }}
        >
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
