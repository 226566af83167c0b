import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../core/config/config.js';
import { type MailMessage } from '../mail/mailer.js';
import { type Locale, SIGNATURE } from '../mail/templates.js';
import { describe } from './notification-texts.js';
import { type NotificationRow, type Presented } from './notification.presenter.js';
import { signUnsubscribeToken } from './unsubscribe-token.js';

export interface MailRecipient {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
}

export interface MailItem {
  row: NotificationRow;
  presented: Presented;
}

const quote = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

/**
 * Plain-text notification mails in the recipient's language. They carry only what the
 * presenter resolved for that recipient (so nothing they could not see), a link to each item,
 * and a one-click unsubscribe (link in the text, List-Unsubscribe headers per RFC 8058).
 */
@Injectable()
export class NotificationMails {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private footer(recipient: MailRecipient, token: string, why: string): string {
    const base = this.config.publicUrl;
    const de = recipient.locale === 'de';
    return [
      '',
      '',
      de ? `Sie erhalten diese E-Mail, ${why}` : `You receive this e-mail ${why}`,
      de ? `Einstellungen: ${base}/konto/benachrichtigungen` : `Settings: ${base}/konto/benachrichtigungen`,
      de ? 'Keine E-Mails mehr erhalten (mit einem Klick abmelden):' : 'Stop these e-mails (unsubscribe with one click):',
      `${base}/abmelden?token=${encodeURIComponent(token)}`,
    ].join('\n');
  }

  private headers(token: string): Record<string, string> {
    return {
      'List-Unsubscribe': `<${this.config.publicUrl}/api/unsubscribe?token=${encodeURIComponent(token)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
  }

  private line(recipient: MailRecipient, { row, presented }: MailItem): string {
    return describe(row.type, recipient.locale, {
      actor: presented.actor?.displayName ?? null,
      title: presented.title,
      count: row.count,
      outcome: row.data.outcome,
      municipality: row.data.municipalityName,
    });
  }

  immediate(recipient: MailRecipient, item: MailItem): MailMessage {
    const de = recipient.locale === 'de';
    const token = signUnsubscribeToken(this.config.unsubscribeSecret, recipient.id);
    const sentence = this.line(recipient, item);
    const body = [
      `${de ? 'Hallo' : 'Hello'} ${recipient.displayName},`,
      '',
      sentence,
      ...(item.presented.excerpt ? ['', quote(item.presented.excerpt)] : []),
      '',
      de ? 'Ansehen:' : 'View it:',
      `${this.config.publicUrl}${item.presented.path}`,
    ].join('\n');
    const why = de ? 'weil Sie Benachrichtigungen sofort per E-Mail erhalten.' : 'because you get notifications by e-mail immediately.';
    return {
      to: recipient.email,
      subject: sentence.replace(/\.$/, '').slice(0, 180),
      text: body + this.footer(recipient, token, why) + SIGNATURE[recipient.locale],
      template: `notification_${item.row.type}`,
      headers: this.headers(token),
    };
  }

  /** One mail for many notifications, grouped by thread, practice or conversation. */
  digest(recipient: MailRecipient, frequency: 'daily' | 'weekly', items: MailItem[]): MailMessage {
    const de = recipient.locale === 'de';
    const token = signUnsubscribeToken(this.config.unsubscribeSecret, recipient.id);
    const groups = new Map<string, { title: string; path: string; lines: string[] }>();
    for (const item of items) {
      const key = `${item.row.subject_type}:${item.row.subject_id}`;
      const group = groups.get(key) ?? { title: item.presented.title, path: item.presented.path.replace(/#.*$/, ''), lines: [] };
      const excerpt = item.presented.excerpt ? ` – ${item.presented.excerpt.replace(/\s+/g, ' ').slice(0, 140)}` : '';
      group.lines.push(`- ${this.line(recipient, item)}${excerpt}`);
      groups.set(key, group);
    }
    const period = frequency === 'daily' ? (de ? 'Ihre tägliche Zusammenfassung' : 'Your daily digest') : de ? 'Ihre wöchentliche Zusammenfassung' : 'Your weekly digest';
    const sections = [...groups.values()].map((g) => [`## ${g.title}`, ...g.lines, `${this.config.publicUrl}${g.path}`].join('\n'));
    const count = items.reduce((sum, i) => sum + i.row.count, 0);
    const body = [
      `${de ? 'Hallo' : 'Hello'} ${recipient.displayName},`,
      '',
      de ? `das ist neu im Praxisforum (${count}):` : `here is what is new on Praxisforum (${count}):`,
      '',
      sections.join('\n\n'),
      '',
      de ? `Alle Benachrichtigungen: ${this.config.publicUrl}/benachrichtigungen` : `All notifications: ${this.config.publicUrl}/benachrichtigungen`,
    ].join('\n');
    const why =
      frequency === 'daily'
        ? de ? 'weil Sie eine tägliche Zusammenfassung gewählt haben.' : 'because you chose a daily digest.'
        : de ? 'weil Sie eine wöchentliche Zusammenfassung gewählt haben.' : 'because you chose a weekly digest.';
    return {
      to: recipient.email,
      subject: `${period}: ${groups.size} ${de ? (groups.size === 1 ? 'Thema' : 'Themen') : groups.size === 1 ? 'item' : 'items'}`,
      text: body + this.footer(recipient, token, why) + SIGNATURE[recipient.locale],
      template: `notification_digest_${frequency}`,
      headers: this.headers(token),
    };
  }
}
