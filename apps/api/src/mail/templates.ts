import { type MailMessage } from './mailer.js';

export type Locale = 'de' | 'en';

type Template = (vars: Record<string, string>) => { subject: string; body: string };

export const SIGNATURE = { de: '\n\n-- \nPraxisforum – Wissensaustausch der Kommunen in Baden-Württemberg', en: '\n\n-- \nPraxisforum – knowledge exchange of the municipalities in Baden-Württemberg' };

/** Plain-text mails in German and English; every link is on a line of its own. */
const TEMPLATES: Record<string, Record<Locale, Template>> = {
  verify_email: {
    de: (v) => ({
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      body: `Hallo ${v.name},\n\nbitte bestätigen Sie Ihre E-Mail-Adresse für das Praxisforum mit diesem Link:\n\n${v.link}\n\nDer Link ist ${v.hours} Stunden gültig. Wenn Sie sich nicht registriert haben, können Sie diese Nachricht ignorieren.`,
    }),
    en: (v) => ({
      subject: 'Please confirm your e-mail address',
      body: `Hello ${v.name},\n\nplease confirm your e-mail address for Praxisforum with this link:\n\n${v.link}\n\nThe link is valid for ${v.hours} hours. If you did not sign up, you can ignore this message.`,
    }),
  },
  register_existing: {
    de: (v) => ({
      subject: 'Registrierung mit Ihrer E-Mail-Adresse',
      body: `Hallo ${v.name},\n\njemand hat versucht, sich mit Ihrer E-Mail-Adresse im Praxisforum zu registrieren. Sie haben bereits ein Konto.\n\nPasswort vergessen? Hier können Sie ein neues festlegen:\n\n${v.link}\n\nWenn Sie das nicht waren, müssen Sie nichts tun.`,
    }),
    en: (v) => ({
      subject: 'Sign-up with your e-mail address',
      body: `Hello ${v.name},\n\nsomeone tried to sign up for Praxisforum with your e-mail address. You already have an account.\n\nForgot your password? You can set a new one here:\n\n${v.link}\n\nIf this was not you, there is nothing to do.`,
    }),
  },
  reset_password: {
    de: (v) => ({
      subject: 'Neues Passwort für das Praxisforum',
      body: `Hallo ${v.name},\n\nmit diesem Link können Sie ein neues Passwort festlegen:\n\n${v.link}\n\nDer Link ist eine Stunde gültig und kann nur einmal verwendet werden. Wenn Sie kein neues Passwort angefordert haben, können Sie diese Nachricht ignorieren.`,
    }),
    en: (v) => ({
      subject: 'New password for Praxisforum',
      body: `Hello ${v.name},\n\nyou can set a new password with this link:\n\n${v.link}\n\nThe link is valid for one hour and can be used once. If you did not ask for a new password, you can ignore this message.`,
    }),
  },
  change_email: {
    de: (v) => ({
      subject: 'Neue E-Mail-Adresse bestätigen',
      body: `Hallo ${v.name},\n\nbitte bestätigen Sie Ihre neue E-Mail-Adresse für das Praxisforum:\n\n${v.link}\n\nDer Link ist ${v.hours} Stunden gültig.`,
    }),
    en: (v) => ({
      subject: 'Confirm your new e-mail address',
      body: `Hello ${v.name},\n\nplease confirm your new e-mail address for Praxisforum:\n\n${v.link}\n\nThe link is valid for ${v.hours} hours.`,
    }),
  },
  email_changed: {
    de: (v) => ({
      subject: 'Ihre E-Mail-Adresse wurde geändert',
      body: `Hallo ${v.name},\n\nIhre E-Mail-Adresse im Praxisforum wurde auf ${v.newEmail} geändert. Wenn Sie das nicht waren, wenden Sie sich bitte an ${v.contact}.`,
    }),
    en: (v) => ({
      subject: 'Your e-mail address was changed',
      body: `Hello ${v.name},\n\nyour e-mail address on Praxisforum was changed to ${v.newEmail}. If this was not you, please contact ${v.contact}.`,
    }),
  },
  invitation: {
    de: (v) => ({
      subject: `Einladung ins Praxisforum: ${v.municipality}`,
      body: `Guten Tag,\n\n${v.inviter} lädt Sie ein, im Praxisforum als ${v.role} für ${v.municipality} mitzuwirken.\n\nEinladung annehmen:\n\n${v.link}\n\nDie Einladung ist bis ${v.expires} gültig.`,
    }),
    en: (v) => ({
      subject: `Invitation to Praxisforum: ${v.municipality}`,
      body: `Hello,\n\n${v.inviter} invites you to take part in Praxisforum as ${v.role} for ${v.municipality}.\n\nAccept the invitation:\n\n${v.link}\n\nThe invitation is valid until ${v.expires}.`,
    }),
  },
  admin_setup: {
    de: (v) => ({
      subject: 'Ihr Administrationszugang zum Praxisforum',
      body: `Hallo ${v.name},\n\nfür Sie wurde ein Administrationszugang angelegt. Legen Sie hier Ihr Passwort fest:\n\n${v.link}\n\nDer Link ist ${v.hours} Stunden gültig.`,
    }),
    en: (v) => ({
      subject: 'Your administrator access to Praxisforum',
      body: `Hello ${v.name},\n\nan administrator account was created for you. Set your password here:\n\n${v.link}\n\nThe link is valid for ${v.hours} hours.`,
    }),
  },
};

export type TemplateName = keyof typeof TEMPLATES;

export function renderMail(template: TemplateName, locale: Locale, to: string, vars: Record<string, string>): MailMessage {
  const { subject, body } = TEMPLATES[template][locale](vars);
  return { to, subject, text: body + SIGNATURE[locale], template };
}
