import type { TFunction } from 'i18next';
import { formatDate } from '../../ui/format';
import type { EditorTopic } from './graphql/types';
import { topicName } from './labels';

const PARTNER_LINE = /^([a-z_]+): (.*)$/;

/**
 * The API's display text of a changed field uses stored codes (`running`, `civil_society: …`,
 * topic slugs, ISO dates); this puts them into words of the interface before the texts are
 * compared. Everything else stays as it is.
 */
export function revisionText(t: TFunction, field: string, text: string, topics: readonly EditorTopic[], lng: string | undefined): string {
  if (!text) return text;
  const lines = text.split('\n');
  const mapLines = (fn: (line: string) => string) => lines.map(fn).join('\n');
  switch (field) {
    case 'workStatus':
      return t(`practices.workStatus.${text.toUpperCase()}`, { defaultValue: text });
    case 'transferableSizes':
      return mapLines((line) => t(`practices.size.${line.toUpperCase()}`, { defaultValue: line }));
    case 'transferableKinds':
      return mapLines((line) => t(`kind.${line.toLowerCase()}`, { defaultValue: line }));
    case 'topics':
      return mapLines((line) => {
        const topic = topics.find((candidate) => candidate.slug === line);
        return topic ? topicName(topic, lng) : line;
      });
    case 'partners':
      return mapLines((line) => {
        const match = PARTNER_LINE.exec(line);
        return match ? `${t(`practices.partnerKind.${match[1].toUpperCase()}`, { defaultValue: match[1] })}: ${match[2]}` : line;
      });
    case 'periodStart':
    case 'periodEnd':
      return formatDate(text, lng);
    default:
      return text;
  }
}
