import { type NotificationType } from '@praxisforum/domain';
import { type Locale } from '../mail/templates.js';

export interface DescribeVars {
  actor: string | null;
  title: string;
  count: number;
  outcome?: string;
  municipality?: string;
}

export const LABELS: Record<Locale, { unavailable: string; message: string; moderation: string; someone: string }> = {
  de: { unavailable: 'Nicht mehr verfügbar', message: 'Nachricht', moderation: 'Hinweis der Moderation', someone: 'Jemand' },
  en: { unavailable: 'No longer available', message: 'Message', moderation: 'Notice from the moderators', someone: 'Someone' },
};

/** One sentence per notification, for e-mails (the web app words its own by type). */
export function describe(type: NotificationType, locale: Locale, v: DescribeVars): string {
  const actor = v.actor ?? LABELS[locale].someone;
  const t = v.title;
  if (locale === 'en') {
    switch (type) {
      case 'mention':
        return `${actor} mentioned you in “${t}”.`;
      case 'reply':
        return `${actor} replied in “${t}”.`;
      case 'new_post':
        return v.count > 1 ? `${v.count} new posts in “${t}”.` : `${actor} posted in “${t}”.`;
      case 'new_thread':
        return `${actor} started a new discussion: “${t}”.`;
      case 'new_practice':
        return `New practice: “${t}”.`;
      case 'adoption':
        return `${v.municipality ?? actor} adopted the practice “${t}”.`;
      case 'review_result':
        return v.outcome === 'returned' ? `The practice “${t}” was returned for revision.` : `The practice “${t}” was published.`;
      case 'accepted_answer':
        return `Your answer in “${t}” was marked as the solution.`;
      case 'message':
        return v.count > 1 ? `${v.count} new messages from ${actor}.` : `${actor} sent you a message.`;
      case 'moderation':
        return `Notice from the moderators about “${t}”.`;
    }
  }
  switch (type) {
    case 'mention':
      return `${actor} hat Sie in „${t}“ erwähnt.`;
    case 'reply':
      return `${actor} hat in „${t}“ geantwortet.`;
    case 'new_post':
      return v.count > 1 ? `${v.count} neue Beiträge in „${t}“.` : `${actor} hat in „${t}“ geschrieben.`;
    case 'new_thread':
      return `${actor} hat eine neue Diskussion begonnen: „${t}“.`;
    case 'new_practice':
      return `Neues Praxisbeispiel: „${t}“.`;
    case 'adoption':
      return `${v.municipality ?? actor} hat das Praxisbeispiel „${t}“ übernommen.`;
    case 'review_result':
      return v.outcome === 'returned' ? `Das Praxisbeispiel „${t}“ wurde zur Überarbeitung zurückgegeben.` : `Das Praxisbeispiel „${t}“ wurde veröffentlicht.`;
    case 'accepted_answer':
      return `Ihre Antwort in „${t}“ wurde als Lösung markiert.`;
    case 'message':
      return v.count > 1 ? `${v.count} neue Nachrichten von ${actor}.` : `${actor} hat Ihnen eine Nachricht geschickt.`;
    case 'moderation':
      return `Hinweis der Moderation zu „${t}“.`;
  }
}
