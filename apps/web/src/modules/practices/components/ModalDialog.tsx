import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

interface Props {
  title: string;
  /** Called for Escape and the close button; the parent then stops rendering the dialog. */
  onClose: () => void;
  closeLabel: string;
  /** Takes focus on close when the trigger is gone (e.g. removed by the change just saved). */
  fallbackFocusRef?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]';

/**
 * A modal built on the native <dialog> (showModal: the page behind becomes inert, Escape fires
 * `cancel`). Render it only while open. Focus goes to the first field, and back to the element
 * that had it (the trigger) when the dialog goes away.
 */
export function ModalDialog({ title, onClose, closeLabel, fallbackFocusRef, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const onCloseRef = useRef(onClose);
  const fallbackRef = useRef(fallbackFocusRef);
  useEffect(() => {
    onCloseRef.current = onClose;
    fallbackRef.current = fallbackFocusRef;
  }, [onClose, fallbackFocusRef]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const trigger = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Browsers without showModal (and jsdom) still get an open, labelled dialog.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const first = dialog.querySelector('.dialog-body')?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? dialog).focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      // Back to the trigger if it is still on the page (it can vanish with the change just saved).
      if (trigger?.isConnected) trigger.focus();
      else fallbackRef.current?.current?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="modal-dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      onCancel={(event) => {
        // Escape: let React state close the dialog, so both stay in step.
        event.preventDefault();
        onCloseRef.current();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && typeof ref.current?.showModal !== 'function') onCloseRef.current();
      }}
    >
      <div className="dialog-header">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="button-secondary dialog-close" onClick={() => onCloseRef.current()}>
          {closeLabel}
        </button>
      </div>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
