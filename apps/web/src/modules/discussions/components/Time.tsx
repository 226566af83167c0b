import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format';

/** A point in time in German (or English) wording, Europe/Berlin, machine-readable in `dateTime`. */
export function Time({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={iso}>{formatDateTime(iso, i18n.resolvedLanguage)}</time>;
}
