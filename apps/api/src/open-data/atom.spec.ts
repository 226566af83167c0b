import { SaxesParser } from 'saxes';
import { buildAtomFeed, EXAMPLE_SUFFIX, escapeXml, FEED_TITLE } from './atom.js';
import { type PracticeExport } from './practice-export.js';

interface El {
  name: string;
  uri: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses with a strict, namespace-aware XML parser (throws on anything not well-formed). */
function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const root: El = { name: '#document', uri: '', attrs: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const el: El = { name: tag.local, uri: tag.uri, attrs: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])), children: [], text: '' };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('text', (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0];
}

const child = (el: El, name: string) => el.children.find((c) => c.name === name);
const all = (el: El, name: string) => el.children.filter((c) => c.name === name);

function practice(overrides: Partial<PracticeExport> = {}): PracticeExport {
  return {
    id: '0b6f1d2e-1111-4c2a-9a55-000000000001',
    slug: 'sprachcafe-ulm',
    url: 'https://praxisforum.example/praxisbeispiele/sprachcafe-ulm',
    title: 'Sprachcafé Ulm',
    summary: 'Deutsch sprechen beim Kaffee.',
    isExample: false,
    state: 'published',
    municipality: { slug: 'ulm', name: 'Ulm', kind: 'town', region: 'tuebingen' },
    partnerMunicipalities: [],
    topics: [
      { slug: 'sprache', nameDe: 'Sprache und Sprachförderung', nameEn: 'Language learning' },
      { slug: 'begegnung', nameDe: 'Begegnung & Nachbarschaft', nameEn: 'Encounter' },
    ],
    targetGroups: [],
    workStatus: 'running',
    periodStart: null,
    periodEnd: null,
    sections: { problem: '', approach: '', results: '**30** Teilnehmende <script>alert(1)</script>', successFactors: '', obstacles: '', transferability: '' },
    outcomes: [],
    costs: { oneOffEur: null, yearlyEur: null },
    fundingSources: [],
    staffHoursPerMonth: null,
    partners: [],
    transferableKinds: [],
    transferableSizes: [],
    attachments: [],
    adoptions: [],
    publishedAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-02T10:00:00.000Z',
    ...overrides,
  };
}

const options = { publicUrl: 'https://praxisforum.example', operatorName: 'Land & Leute e.V.' };

describe('Atom feed', () => {
  it('is well-formed Atom 1.0 with the feed metadata', () => {
    const feed = parseXml(buildAtomFeed([practice()], options));
    expect(feed.name).toBe('feed');
    expect(feed.uri).toBe(ATOM);
    expect(child(feed, 'id')!.text).toBe('https://praxisforum.example/api/feeds/practices.atom');
    expect(child(feed, 'title')!.text).toBe(FEED_TITLE);
    expect(child(feed, 'updated')!.text).toBe('2025-03-02T10:00:00.000Z');
    expect(all(feed, 'link').map((l) => l.attrs)).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: 'https://praxisforum.example/api/feeds/practices.atom' },
      { rel: 'alternate', type: 'text/html', href: 'https://praxisforum.example/praxisbeispiele' },
    ]);
    expect(child(child(feed, 'author')!, 'name')!.text).toBe('Land & Leute e.V.');
  });

  it('has an entry per practice with id, link, dates, summary, categories and escaped HTML content', () => {
    const entry = child(parseXml(buildAtomFeed([practice()], options)), 'entry')!;
    expect(child(entry, 'id')!.text).toBe('https://praxisforum.example/praxisbeispiele/sprachcafe-ulm');
    expect(child(entry, 'title')!.text).toBe('Sprachcafé Ulm');
    expect(child(entry, 'link')!.attrs).toEqual({ rel: 'alternate', type: 'text/html', href: 'https://praxisforum.example/praxisbeispiele/sprachcafe-ulm' });
    expect(child(entry, 'published')!.text).toBe('2025-03-01T09:00:00.000Z');
    expect(child(entry, 'updated')!.text).toBe('2025-03-02T10:00:00.000Z');
    expect(child(entry, 'summary')!.text).toBe('Deutsch sprechen beim Kaffee.');
    expect(all(entry, 'category').map((c) => c.attrs)).toEqual([
      { term: 'sprache', label: 'Sprache und Sprachförderung' },
      { term: 'begegnung', label: 'Begegnung & Nachbarschaft' },
    ]);
    const content = child(entry, 'content')!;
    expect(content.attrs.type).toBe('html');
    // The HTML is text inside the XML: parsed, it is the sanitized rendering, raw HTML escaped.
    expect(content.text).toContain('<p>Deutsch sprechen beim Kaffee.</p>');
    expect(content.text).toContain('<strong>30</strong> Teilnehmende &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(content.text).not.toContain('<script>');
  });

  it('escapes markup in titles and marks example content', () => {
    const xml = buildAtomFeed([practice({ title: 'Café <script>alert("x")</script> & Co', isExample: true })], options);
    expect(xml).toContain('<title>Café &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co (Beispiel)</title>');
    const entry = child(parseXml(xml), 'entry')!;
    expect(child(entry, 'title')!.text).toBe(`Café <script>alert("x")</script> & Co${EXAMPLE_SUFFIX}`);
    expect(child(entry, 'content')!.text).toContain('Beispielinhalt');
  });

  it('stays well-formed with characters XML forbids', () => {
    const xml = buildAtomFeed([practice({ title: 'Bell\u0007 and \uD800 lone', summary: 'a\u0000b' })], options);
    expect(child(child(parseXml(xml), 'entry')!, 'title')!.text).toBe('Bell and  lone');
    expect(escapeXml('😀 ok')).toBe('😀 ok');
  });

  it('is valid without entries (updated falls back to now)', () => {
    const feed = parseXml(buildAtomFeed([], { ...options, now: new Date('2025-01-01T00:00:00Z') }));
    expect(child(feed, 'updated')!.text).toBe('2025-01-01T00:00:00.000Z');
    expect(all(feed, 'entry')).toEqual([]);
  });
});
