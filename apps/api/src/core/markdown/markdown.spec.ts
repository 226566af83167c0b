import { renderMarkdown, XSS_CORPUS } from '@praxisforum/markdown';

// The lib has the structural checks; this covers the import path the API code will use.
// Escaped text and quoted titles may still read "javascript:" or "onerror=", so the checks look
// at real tags only (text has no raw '<', attribute values no raw '"').
const TAG = /<[^>]*>/g;
const QUOTED = /"[^"]*"/g;

describe('@praxisforum/markdown in the API', () => {
  it.each(XSS_CORPUS)('renders %j without active content', (payload) => {
    const html = renderMarkdown(payload);
    expect(html).not.toMatch(/<\/?(?:script|iframe|object|embed|img|svg|style|form)\b/i);
    for (const tag of html.match(TAG) ?? []) {
      expect(tag.replace(QUOTED, '""')).not.toMatch(/\son[a-z]*\s*=/i);
      for (const [, href] of tag.matchAll(/\shref="([^"]*)"/g)) expect(href).not.toMatch(/javascript:|vbscript:|data:/i);
    }
  });
});
