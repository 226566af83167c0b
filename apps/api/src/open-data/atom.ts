import { renderMarkdown } from '@praxisforum/markdown';
import { type PracticeExport } from './practice-export.js';

/** Atom 1.0 (RFC 4287) feed of newly published practices. */

export const FEED_TITLE = 'Praxisforum – neue Praxisbeispiele';
export const FEED_PATH = '/api/feeds/practices.atom';
export const EXAMPLE_SUFFIX = ' (Beispiel)';

// Characters XML 1.0 does not allow at all (not even escaped): C0 controls except tab, LF, CR;
// lone surrogates; U+FFFE and U+FFFF. They are dropped so the feed always stays well-formed.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML content and attribute values: markup characters escaped, forbidden characters dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/** The same escaping makes plain text safe inside HTML. */
const escapeHtml = escapeXml;

export interface FeedOptions {
  publicUrl: string;
  /** Who runs the site (feed author). */
  operatorName: string;
  /** Used when there are no entries, so the feed still has an `updated` date. */
  now?: Date;
}

/** The entry's HTML: summary, the results rendered from Markdown (sanitized), and the example notice. */
export function entryHtml(p: PracticeExport): string {
  const parts: string[] = [];
  if (p.isExample) parts.push('<p><em>Beispielinhalt zur Demonstration – keine Aussage der genannten Kommune.</em></p>');
  if (p.summary.trim()) parts.push(`<p>${escapeHtml(p.summary)}</p>`);
  if (p.sections.results.trim()) parts.push(`<h2>Ergebnisse</h2>\n${renderMarkdown(p.sections.results)}`);
  return parts.join('\n');
}

const el = (name: string, text: string, attrs = '') => `<${name}${attrs}>${escapeXml(text)}</${name}>`;
const attr = (name: string, value: string) => ` ${name}="${escapeXml(value)}"`;

function entry(p: PracticeExport, publicUrl: string): string {
  const lines = [
    '  <entry>',
    `    ${el('id', p.url)}`,
    `    ${el('title', p.isExample ? `${p.title}${EXAMPLE_SUFFIX}` : p.title)}`,
    `    <link${attr('rel', 'alternate')}${attr('type', 'text/html')}${attr('href', p.url)}/>`,
  ];
  if (p.publishedAt) lines.push(`    ${el('published', p.publishedAt)}`);
  lines.push(
    `    ${el('updated', p.updatedAt)}`,
    `    <author>${el('name', p.municipality.name)}${el('uri', `${publicUrl}/kommunen/${encodeURIComponent(p.municipality.slug)}`)}</author>`,
  );
  for (const t of p.topics) lines.push(`    <category${attr('term', t.slug)}${attr('label', t.nameDe)}/>`);
  if (p.summary.trim()) lines.push(`    ${el('summary', p.summary, attr('type', 'text'))}`);
  lines.push(`    ${el('content', entryHtml(p), attr('type', 'html'))}`, '  </entry>');
  return lines.join('\n');
}

/** The whole feed for the given practices (newest first, as they come). */
export function buildAtomFeed(practices: readonly PracticeExport[], options: FeedOptions): string {
  const { publicUrl } = options;
  const self = `${publicUrl}${FEED_PATH}`;
  // The feed changed when its most recently changed entry did.
  const updated = practices.reduce<string | null>((max, p) => (max === null || p.updatedAt > max ? p.updatedAt : max), null) ?? (options.now ?? new Date()).toISOString();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${attr('xml:lang', 'de')}>`,
    `  ${el('id', self)}`,
    `  ${el('title', FEED_TITLE)}`,
    `  ${el('subtitle', 'Neu veröffentlichte Praxisbeispiele der Kommunen in Baden-Württemberg')}`,
    `  ${el('updated', updated)}`,
    `  <link${attr('rel', 'self')}${attr('type', 'application/atom+xml')}${attr('href', self)}/>`,
    `  <link${attr('rel', 'alternate')}${attr('type', 'text/html')}${attr('href', `${publicUrl}/praxisbeispiele`)}/>`,
    `  <author>${el('name', options.operatorName)}${el('uri', publicUrl)}</author>`,
    `  ${el('generator', 'Praxisforum')}`,
    ...practices.map((p) => entry(p, publicUrl)),
    '</feed>',
    '',
  ].join('\n');
}
