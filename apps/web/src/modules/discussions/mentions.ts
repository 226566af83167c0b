/**
 * Mentions in Markdown as the API expects them: `@[Display Name](<user id>)`. The editor finds the
 * "@An" being typed before the caret, and replaces it with the chosen person.
 */

export interface MentionQuery {
  /** Index of the "@". */
  start: number;
  /** The text typed after "@" up to the caret. */
  query: string;
}

// After "@": a name start (no space, no Markdown link characters), then up to 39 more name characters
// (spaces allowed, so "@Anna Be" keeps searching), directly before the caret.
const ACTIVE_MENTION = /(^|[\s(])@([^\s@[\]()][^@[\]()\n]{0,39})$/u;

export function activeMention(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const match = ACTIVE_MENTION.exec(before);
  if (!match) return null;
  const query = match[2];
  return { start: caret - query.length - 1, query };
}

export function mentionMarkup(person: { id: string; displayName: string }): string {
  // Brackets in a name would end the link text early.
  const name = person.displayName.replace(/[[\]]/g, '');
  return `@[${name}](${person.id})`;
}

/** The text with the mention inserted in place of the typed query, and where the caret goes. */
export function insertMention(text: string, mention: MentionQuery, person: { id: string; displayName: string }): { text: string; caret: number } {
  const end = mention.start + 1 + mention.query.length;
  const markup = `${mentionMarkup(person)} `;
  const rest = text.slice(end);
  return { text: text.slice(0, mention.start) + markup + rest.replace(/^ /, ''), caret: mention.start + markup.length };
}

const MENTION_MARKUP = /@\[([^\]]+)\]\([^)\s]+\)/g;

/** For the preview: mentions as the name in bold (the API renders them as links to the person). */
export function previewSource(markdown: string): string {
  return markdown.replace(MENTION_MARKUP, (_m, name: string) => `**@${name}**`);
}
