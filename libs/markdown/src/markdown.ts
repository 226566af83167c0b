import MarkdownIt, { type Token } from 'markdown-it';

// Practice texts come from municipal staff, not from trusted authors: everything the renderer
// emits is built from markdown-it tokens, never from raw HTML (`html: false` escapes it).
const md = new MarkdownIt('default', { html: false, linkify: true, breaks: true, typographer: false });

// Allowlist instead of markdown-it's denylist (which lets data:image/* through). `//host` is
// protocol-relative (so is `/\host` in browsers), so only a single leading slash counts as relative.
const SAFE_LINK = /^(?:https?:|mailto:|\/(?![/\\])|#)/i;
const RELATIVE = /^[/#]/;
md.validateLink = (url) => SAFE_LINK.test(url.trim());

// Token fixes shared by HTML and plain-text output.
md.core.ruler.push('praxisforum_safe', (state) => {
  for (const token of state.tokens) {
    // The page owns the levels above the text: `#` becomes h3 by default (see headingStart), clamped at h6.
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const shift = ((state.env as RenderEnv | undefined)?.headingStart ?? 3) - 1;
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
    }
    // No inline styles (table alignment) and no classes (fence languages) reach the page.
    if (token.type === 'th_open' || token.type === 'td_open') token.attrs = null;
    if (token.type === 'fence') token.info = '';
    for (const child of token.children ?? []) {
      const href = child.type === 'link_open' ? child.attrGet('href') : null;
      if (href !== null && !RELATIVE.test(href)) child.attrSet('rel', 'nofollow noopener noreferrer');
    }
  }
});

// Mentions: `@[Display Name](<user uuid>)`, the form the composer inserts. The id is what counts;
// the name shown is the person's current name from `env.mentions` (so `@[Admin](<someone's id>)`
// cannot pass itself off as someone else). Ids not in that map stay plain text.
const MENTION = /^@\[([^[\]\n]{1,100})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/i;
md.inline.ruler.before('link', 'praxisforum_mention', (state, silent) => {
  if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) return false;
  const match = MENTION.exec(state.src.slice(state.pos));
  if (!match) return false;
  if (!silent) {
    const token = state.push('mention', '', 0);
    token.meta = { name: match[1], id: match[2].toLowerCase() };
    token.content = `@${match[1]}`;
  }
  state.pos += match[0].length;
  return true;
});
md.renderer.rules.mention = (tokens, idx, _options, env: RenderEnv) => {
  const { id } = tokens[idx].meta as { id: string; name: string };
  const name = env?.mentions?.[id];
  if (name === undefined) return md.utils.escapeHtml(tokens[idx].content);
  return `<span class="mention" data-user-id="${id}">@${md.utils.escapeHtml(name)}</span>`;
};

// Images are never emitted: the site must not fetch from other hosts (tracking pixels). The alt
// text keeps the meaning; a link to the image would only add a click-through to an unknown host.
md.renderer.rules.image = (tokens, idx, options, env, self) =>
  md.utils.escapeHtml(self.renderInlineAsText(tokens[idx].children ?? [], options, env));

interface RenderEnv {
  headingStart?: number;
  /** Mentioned people by user id (lower-case) → current display name. */
  mentions?: Record<string, string>;
}

/**
 * The version of renderMarkdown's output. HTML rendered ahead of time and stored (the API keeps a
 * practice's sections rendered) is only used when it was rendered by this version: bump it with
 * every change that alters the HTML (rules, sanitizing, markdown-it options or upgrades), and the
 * stored HTML of older versions is rendered again on read.
 */
export const MARKDOWN_RENDERER_VERSION = 1;

/**
 * Safe HTML for a Markdown text written by staff: no raw HTML, no images, safe links only.
 * `headingStart` is the level a `#` heading gets (3 by default: the page owns h1 and h2); texts
 * shown deeper in a page start lower so the heading order stays intact.
 */
export function renderMarkdown(source: string, options: { headingStart?: 3 | 4 | 5 | 6; mentions?: Record<string, string> } = {}): string {
  const env: RenderEnv = { headingStart: options.headingStart, mentions: options.mentions };
  return md.render(source, env);
}

function inlineText(tokens: Token[]): string {
  return tokens
    .map((t) => {
      if (t.type === 'text' || t.type === 'code_inline' || t.type === 'mention') return t.content;
      if (t.type === 'softbreak' || t.type === 'hardbreak') return ' ';
      if (t.type === 'image') return inlineText(t.children ?? []);
      return '';
    })
    .join('');
}

/**
 * The text of a Markdown source without markup, whitespace collapsed (CSV exports, feed summaries,
 * search excerpts). This is plain text, not HTML: escape it wherever it is put into markup.
 */
export function markdownToPlainText(source: string): string {
  const parts = md.parse(source, {}).map((t) => {
    if (t.type === 'inline') return inlineText(t.children ?? []);
    if (t.type === 'fence' || t.type === 'code_block') return t.content;
    return ' '; // block boundaries separate words
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function walkInline(source: string, visit: (token: Token) => void): void {
  for (const block of md.parse(source, {})) for (const t of block.children ?? []) visit(t);
}

/** User ids mentioned with `@[Name](<id>)`, lower-case, unique, in order (code spans and blocks do not count). */
export function extractMentionIds(source: string): string[] {
  const ids = new Set<string>();
  walkInline(source, (t) => {
    if (t.type === 'mention') ids.add((t.meta as { id: string }).id);
  });
  return [...ids];
}

/** The mention syntax for a person, as the composer inserts it (brackets in the name are dropped). */
export function mentionMarkup(user: { id: string; displayName: string }): string {
  const name = user.displayName.replace(/[[\]\n]/g, '').slice(0, 100).trim() || '?';
  return `@[${name}](${user.id})`;
}

/** Whether the text links to another site (Markdown links and bare addresses; relative links do not count). */
export function hasExternalLinks(source: string): boolean {
  let found = false;
  walkInline(source, (t) => {
    const href = t.type === 'link_open' ? t.attrGet('href') : null;
    if (href !== null && !RELATIVE.test(href)) found = true;
  });
  return found;
}
