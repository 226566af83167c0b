import { type MailMessage } from '../mail/mailer.js';

/**
 * The first message to a practice's contact person who has no account but agreed to be named
 * with an e-mail address: it goes out by e-mail, in German and English (their language is not
 * known), with the sender's display name only — never the sender's address — and links back to
 * the practice and to the sign-up, where they can answer in Praxisforum.
 */
export function contactMail(input: {
  to: string;
  contactName: string;
  senderName: string;
  practiceTitle: string;
  practiceUrl: string;
  registerUrl: string;
  subject: string | null;
  body: string;
}): MailMessage {
  // Markdown source reads as plain text; the mail is plain text, so nothing is rendered into it.
  const text = input.body;
  const topic = input.subject ? `\n${input.subject}\n` : '';
  const de = `Guten Tag ${input.contactName},\n\n${input.senderName} hat Ihnen über das Praxisforum eine Nachricht zu Ihrem Praxisbeispiel „${input.practiceTitle}“ geschrieben:\n${topic}\n${text}\n\nPraxisbeispiel:\n\n${input.practiceUrl}\n\nUm zu antworten, registrieren Sie sich im Praxisforum und schreiben Sie ${input.senderName} dort eine Nachricht:\n\n${input.registerUrl}\n\nSie erhalten diese E-Mail, weil Sie als Ansprechperson dieses Praxisbeispiels genannt sind und der Veröffentlichung Ihrer E-Mail-Adresse zugestimmt haben. Ihre Adresse wurde dem Absender nicht mitgeteilt.`;
  const en = `Hello ${input.contactName},\n\n${input.senderName} sent you a message through Praxisforum about your practice "${input.practiceTitle}" (see above). To answer, sign up at Praxisforum and write to ${input.senderName} there: ${input.registerUrl}\nYou receive this e-mail because you are named as the contact person of this practice and agreed to show your e-mail address. Your address was not given to the sender.`;
  return {
    to: input.to,
    subject: `Praxisforum: Nachricht von ${input.senderName} zu „${input.practiceTitle}“`,
    text: `${de}\n\n---\n\n${en}\n\n-- \nPraxisforum – Wissensaustausch der Kommunen in Baden-Württemberg`,
    template: 'practice_contact',
  };
}
