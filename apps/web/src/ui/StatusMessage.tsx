import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  /** The confirmation; nothing (null, false) while there is none. */
  children?: ReactNode;
  /**
   * Move focus to the message when it appears. Use it when the form that had focus goes away
   * with the success, so keyboard and screen reader users are not dropped at the page start.
   */
  takeFocus?: boolean;
}

/**
 * A success message in a live region. The region is always rendered, so that screen readers
 * announce the text when it appears.
 */
export function StatusMessage({ children, takeFocus = false }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = children !== null && children !== undefined && children !== false;
  useEffect(() => {
    if (shown && takeFocus) ref.current?.focus();
  }, [shown, takeFocus]);
  return (
    <div role="status" ref={ref} tabIndex={takeFocus ? -1 : undefined} className={shown ? 'notice notice-success' : undefined}>
      {children}
    </div>
  );
}
