import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { extractMentionIds, hasExternalLinks, markdownToPlainText, mentionMarkup, renderMarkdown } from './markdown.js';
import { XSS_CORPUS } from './xss-corpus.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const ALLOWED_ELEMENTS = new Set([
  'p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre',
  'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 's', 'del', 'span',
]);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = { a: ['href', 'rel', 'title'], ol: ['start'], span: ['class', 'data-user-id'] };
const SAFE_HREF = /^(?:https?:|mailto:|\/(?![/\\])|#)/i;

/** Every element of the rendered HTML, as a browser's parser sees it. */
function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parseFragment(html));
  return found;
}

describe('renderMarkdown', () => {
  it('has a corpus of hostile inputs', () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(25);
  });

  // Every payload also with a mention map that names every id of the corpus: mentions must not open a door.
  const MENTIONED = Object.fromEntries(
    XSS_CORPUS.flatMap((p) => [...p.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi)].map((m) => [m[0].toLowerCase(), '<img src=x onerror=alert(1)>"'])),
  );
  it.each(XSS_CORPUS.flatMap((p) => [[p, false] as const, [p, true] as const]))('neutralises %j (mention names known: %s)', (payload, withMentions) => {
    const html = renderMarkdown(payload, withMentions ? { mentions: MENTIONED } : {});
    if (withMentions) expect(html).not.toMatch(/<img/i);
    for (const element of elements(html)) {
      expect(ALLOWED_ELEMENTS).toContain(element.tagName);
      const allowed = ALLOWED_ATTRIBUTES[element.tagName] ?? [];
      for (const { name } of element.attrs) expect(allowed).toContain(name);
      const href = element.attrs.find((a) => a.name === 'href')?.value;
      if (href !== undefined) expect(href).toMatch(SAFE_HREF);
    }
  });

  it('renders emphasis, line breaks and lists', () => {
    expect(renderMarkdown('**fett** und *kursiv*\nneue Zeile')).toBe('<p><strong>fett</strong> und <em>kursiv</em><br>\nneue Zeile</p>\n');
    expect(renderMarkdown('- eins\n- zwei')).toBe('<ul>\n<li>eins</li>\n<li>zwei</li>\n</ul>\n');
    expect(renderMarkdown('3. drei\n4. vier')).toContain('<ol start="3">');
    expect(renderMarkdown('~~alt~~')).toBe('<p><s>alt</s></p>\n');
  });

  it('marks external links and leaves relative ones alone', () => {
    expect(renderMarkdown('[Seite](https://example.org/a "Titel")')).toBe(
      '<p><a href="https://example.org/a" title="Titel" rel="nofollow noopener noreferrer">Seite</a></p>\n',
    );
    expect(renderMarkdown('siehe www.example.org')).toContain('<a href="http://www.example.org" rel="nofollow noopener noreferrer">');
    expect(renderMarkdown('[Praxis](/praxis/x) [oben](#top)')).toBe('<p><a href="/praxis/x">Praxis</a> <a href="#top">oben</a></p>\n');
    expect(renderMarkdown('<mail@example.org>')).toContain('href="mailto:mail@example.org"');
  });

  it('shows links with other schemes, raw HTML and images as text', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>\n');
    expect(renderMarkdown('<b>fett</b>')).toBe('<p>&lt;b&gt;fett&lt;/b&gt;</p>\n');
    expect(renderMarkdown('![Ein Foto](https://example.org/foto.png)')).toBe('<p>Ein Foto</p>\n');
  });

  it('shifts headings below the page headings', () => {
    expect(renderMarkdown('# A\n## B\n### C\n#### D\n##### E\n###### F')).toBe(
      '<h3>A</h3>\n<h4>B</h4>\n<h5>C</h5>\n<h6>D</h6>\n<h6>E</h6>\n<h6>F</h6>\n',
    );
    expect(renderMarkdown('Titel\n=====')).toBe('<h3>Titel</h3>\n');
  });

  it('renders tables without inline styles and code without classes', () => {
    const html = renderMarkdown('| a | b |\n|:--|--:|\n| 1 | 2 |');
    expect(html).toContain('<th>a</th>');
    expect(html).toContain('<td>2</td>');
    expect(html).not.toContain('style');
    expect(renderMarkdown('```js\nx()\n```')).toBe('<pre><code>x()\n</code></pre>\n');
  });
});

describe('markdownToPlainText', () => {
  it('keeps the text, drops the markup and collapses whitespace', () => {
    const source = '# Titel\n\nEin **fetter**  Satz mit [Link](https://example.org).\n\n- eins\n- zwei\n\n![Foto](https://example.org/a.png) `code`';
    expect(markdownToPlainText(source)).toBe('Titel Ein fetter Satz mit Link. eins zwei Foto code');
  });

  it('decodes entities and keeps raw HTML as literal text', () => {
    expect(markdownToPlainText('A &amp; B\nC')).toBe('A & B C');
    expect(markdownToPlainText('<script>x</script>')).toBe('<script>x</script>');
    expect(markdownToPlainText('| a | b |\n|---|---|\n| 1 | 2 |')).toBe('a b 1 2');
    expect(markdownToPlainText('')).toBe('');
  });
});

describe('heading levels', () => {
  it('starts # headings at the level the page asks for', () => {
    expect(renderMarkdown('# Ziel')).toBe('<h3>Ziel</h3>\n');
    expect(renderMarkdown('# Ziel\n\n## Schritte', { headingStart: 5 })).toBe('<h5>Ziel</h5>\n<h6>Schritte</h6>\n');
  });
});

describe('mentions', () => {
  const id = '0b9f6c1e-2c1a-4d7e-9f3a-5b6c7d8e9f00';
  const other = '1b9f6c1e-2c1a-4d7e-9f3a-5b6c7d8e9f01';

  it('renders a known mention with the current name, not the name written in the text', () => {
    expect(renderMarkdown(`Danke @[Admin](${id})!`, { mentions: { [id]: 'Erika Muster' } })).toBe(
      `<p>Danke <span class="mention" data-user-id="${id}">@Erika Muster</span>!</p>\n`,
    );
  });

  it('keeps unknown mentions as plain, escaped text', () => {
    expect(renderMarkdown(`@[<b>x</b>](${other})`, { mentions: { [id]: 'Erika' } })).toBe('<p>@&lt;b&gt;x&lt;/b&gt;</p>\n');
    expect(renderMarkdown(`@[Erika](${id})`)).toBe('<p>@Erika</p>\n');
  });

  it('escapes the name of a known mention', () => {
    expect(renderMarkdown(`@[x](${id})`, { mentions: { [id]: '<script>alert(1)</script>' } })).toContain('@&lt;script&gt;alert(1)&lt;/script&gt;</span>');
  });

  it('extracts mentioned ids once, lower-case, ignoring code and malformed ids', () => {
    const text = `@[A](${id.toUpperCase()}) und @[A](${id}) und \`@[B](${other})\` und @[C](nicht-eine-id) und @[D](${other})`;
    expect(extractMentionIds(text)).toEqual([id, other]);
    expect(extractMentionIds('```\n@[B](' + other + ')\n```')).toEqual([]);
  });

  it('writes the markup the composer inserts, without brackets in the name', () => {
    expect(mentionMarkup({ id, displayName: 'Anna [Kommune] Muster' })).toBe(`@[Anna Kommune Muster](${id})`);
    expect(extractMentionIds(mentionMarkup({ id, displayName: 'A]B' }))).toEqual([id]);
  });

  it('shows mentions as @Name in plain text', () => {
    expect(markdownToPlainText(`Hallo @[Erika](${id})`)).toBe('Hallo @Erika');
  });
});

describe('hasExternalLinks', () => {
  it('finds Markdown links and bare addresses to other sites, not relative links or mentions', () => {
    expect(hasExternalLinks('siehe [hier](https://example.org)')).toBe(true);
    expect(hasExternalLinks('siehe www.example.org')).toBe(true);
    expect(hasExternalLinks('siehe https://example.org/x')).toBe(true);
    expect(hasExternalLinks('siehe [Praxis](/praxisbeispiele/x) und @[A](0b9f6c1e-2c1a-4d7e-9f3a-5b6c7d8e9f00)')).toBe(false);
    expect(hasExternalLinks('kein Link, nur Text.')).toBe(false);
  });
});
