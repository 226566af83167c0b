import { type TextPart } from '../search.port.js';
import { HIGHLIGHT_END, HIGHLIGHT_START } from './meilisearch-document.js';

/**
 * Turns Meilisearch's formatted text (matches between the private-use markers) into parts. The
 * markers never occur in indexed text (stripped at indexing), so every marker is Meilisearch's; the
 * text is returned as it is and escaped by the page, never as HTML.
 */
export function parseHighlighted(formatted: string): TextPart[] {
  const parts: TextPart[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  let match = false;
  let current = '';
  for (const ch of formatted) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_END) {
      push(current, match);
      current = '';
      // An unbalanced marker (a cropped match) must not invert the rest: start opens, end closes.
      match = ch === HIGHLIGHT_START;
    } else {
      current += ch;
    }
  }
  push(current, match);
  return parts;
}

function hasMatch(formatted: string | undefined): boolean {
  return formatted?.includes(HIGHLIGHT_START) ?? false;
}

/**
 * The snippet under a hit: the cropped summary when the query matched there, else the cropped body
 * when it matched there, else the beginning of the summary (or of the body when there is none).
 */
export function pickSnippet(formatted: { summary?: unknown; body?: unknown }, summary?: unknown): TextPart[] {
  const formattedSummary = typeof formatted.summary === 'string' ? formatted.summary : undefined;
  const formattedBody = typeof formatted.body === 'string' ? formatted.body : undefined;
  if (formattedSummary && hasMatch(formattedSummary)) return parseHighlighted(formattedSummary);
  if (formattedBody && hasMatch(formattedBody)) return parseHighlighted(formattedBody);
  const plain = formattedSummary?.trim() ? formattedSummary : typeof summary === 'string' && summary.trim() ? summary : formattedBody;
  return parseHighlighted(plain ?? '');
}
