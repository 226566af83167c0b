import { markdownToPlainText, renderMarkdown } from '@praxisforum/markdown';

const EXCERPT_MAX = 300;

/** A post body's HTML as the thread page shows it: mentions with the names given (id → name). */
export function renderPostBody(markdown: string, mentionNames: Record<string, string>): string {
  return renderMarkdown(markdown, { headingStart: 4, mentions: mentionNames });
}

/** Plain text of a post, at most 300 characters (for quotes and notifications). */
export function excerptOf(markdown: string): string {
  const text = markdownToPlainText(markdown);
  return text.length <= EXCERPT_MAX ? text : `${text.slice(0, EXCERPT_MAX - 1).trimEnd()}…`;
}

/** What is stored with a post when it is written, so reads never render Markdown. */
export function cookPost(markdown: string, mentionNames: Record<string, string>): { html: string; excerpt: string } {
  return { html: renderPostBody(markdown, mentionNames), excerpt: excerptOf(markdown) };
}
