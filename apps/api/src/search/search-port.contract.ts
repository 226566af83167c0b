import { buildSearchDocument } from '../../test/factories/search-document.factory.js';
import { type SearchDocument, type SearchFilters, type SearchPort, type SearchQuery, type SearchResult, type TextPart } from './search.port.js';

/**
 * The behaviour every search engine behind SearchPort shares (PostgresSearch, MeilisearchSearch).
 * Engine specs call it with a setup that gives a port on a fresh, empty index of its own and a
 * teardown that drops it; setup may be called more than once (a second index for `clear`).
 * Every test starts from an empty index (`clear`), so counts here are exact.
 */
export function describeSearchPortContract(
  engineName: string,
  setup: () => Promise<{ port: SearchPort; teardown: () => Promise<void> }>,
): void {
  describe(`SearchPort contract (${engineName})`, () => {
    let port: SearchPort;
    let teardown: () => Promise<void>;
    beforeAll(async () => {
      ({ port, teardown } = await setup());
    });
    afterAll(async () => {
      await teardown?.();
    });
    beforeEach(async () => {
      await port.clear();
    });

    const search = (text: string, extra: Partial<SearchQuery> = {}): Promise<SearchResult> =>
      port.search({ text, filters: {}, sort: 'relevance', offset: 0, limit: 20, ...extra });
    const ids = (result: SearchResult) => result.hits.map((h) => h.id);
    const filtered = (filters: SearchFilters, text = '') => search(text, { filters }).then((r) => [...ids(r)].sort());
    const plain = (parts: TextPart[]) => parts.map((p) => p.text).join('');
    const matched = (parts: TextPart[]) => parts.filter((p) => p.match).map((p) => p.text);

    it('finds a document by a word of its title and by a word of its body', async () => {
      const doc = buildSearchDocument({ title: 'Sprachcafé im Bürgerhaus', body: 'Ehrenamtliche begleiten die Gespräche am Donnerstag.' });
      const other = buildSearchDocument({ title: 'Fahrradwerkstatt', body: 'Reparaturen für alle.' });
      await port.index([doc, other]);

      expect(ids(await search('Bürgerhaus'))).toEqual([doc.id]);
      expect(ids(await search('Donnerstag'))).toEqual([doc.id]);
      const [hit] = (await search('Bürgerhaus')).hits;
      expect(hit).toMatchObject({ id: doc.id, kind: 'practice', sourceId: doc.sourceId, path: doc.path, context: doc.context, isExample: false });
      expect(new Date(hit.date).toISOString()).toBe(doc.date);
    });

    it('ranks a title match above a body match', async () => {
      const inBody = buildSearchDocument({ title: 'Offener Treff', body: 'Im Treff gibt es auch eine Hausaufgabenhilfe.', date: '2025-06-01T00:00:00.000Z' });
      const inTitle = buildSearchDocument({ title: 'Hausaufgabenhilfe für Grundschulkinder', date: '2024-01-01T00:00:00.000Z' });
      await port.index([inBody, inTitle]);
      expect(ids(await search('Hausaufgabenhilfe'))).toEqual([inTitle.id, inBody.id]);
    });

    it('finds German inflections: a plural query finds the singular and the other way round', async () => {
      const singular = buildSearchDocument({ title: 'Beratung für jede Familie' });
      const plural = buildSearchDocument({ title: 'Sprachkurse an Schulen' });
      await port.index([singular, plural]);
      expect(ids(await search('Familien'))).toEqual([singular.id]);
      expect(ids(await search('Schule'))).toEqual([plural.id]);
    });

    it('finds umlauts and ß in either spelling, and accented words without accents', async () => {
      const umlaut = buildSearchDocument({ title: 'Mädchentreff im Jugendhaus' });
      const transliterated = buildSearchDocument({ title: 'Fussballturnier der Kulturen' });
      const accent = buildSearchDocument({ title: 'Sprachcafé am Markt' });
      await port.index([umlaut, transliterated, accent]);
      expect(ids(await search('Maedchentreff'))).toEqual([umlaut.id]);
      expect(ids(await search('Mädchentreff'))).toEqual([umlaut.id]);
      expect(ids(await search('Fußballturnier'))).toEqual([transliterated.id]);
      expect(ids(await search('Sprachcafe'))).toEqual([accent.id]);
    });

    it('forgives a typo: "Integartion" finds "Integration"', async () => {
      const doc = buildSearchDocument({ title: 'Integration durch Sport', summary: 'Vereine öffnen sich für Neuzugezogene.' });
      await port.index([doc, buildSearchDocument({ title: 'Gemeinschaftsgarten' })]);
      expect(ids(await search('Integartion'))).toEqual([doc.id]);
    });

    it('matches the last word as a prefix while the user types', async () => {
      const doc = buildSearchDocument({ title: 'Integrationslotsen im Landkreis' });
      await port.index([doc, buildSearchDocument({ title: 'Integration im Verein' })]);
      expect(ids(await search('Integrationslot'))).toEqual([doc.id]);
      expect(ids(await search('Landkreis Integrationslo'))).toEqual([doc.id]);
    });

    it('expands synonyms, one-word and multi-word', async () => {
      const refugees = buildSearchDocument({ title: 'Wohnungen für Flüchtlinge' });
      const engagement = buildSearchDocument({ title: 'Bürgerschaftliches Engagement stärken' });
      await port.index([refugees, engagement, buildSearchDocument({ title: 'Stadtfest' })]);
      expect(ids(await search('Geflüchtete'))).toEqual([refugees.id]);
      expect(ids(await search('Ehrenamt'))).toEqual([engagement.id]);
    });

    describe('filters and facets', () => {
      let docs: Record<string, SearchDocument>;
      beforeEach(async () => {
        docs = {
          a: buildSearchDocument({
            kind: 'practice', topics: ['sprache'], municipalities: ['ulm'], regions: ['tuebingen'], municipalityKinds: ['city_district'],
            status: 'running', hasResults: true, adopted: true, date: '2024-03-10T10:00:00.000Z', title: 'Sprachpaten A',
          }),
          b: buildSearchDocument({
            kind: 'practice', topics: ['arbeit'], municipalities: ['giengen'], regions: ['stuttgart'], municipalityKinds: ['town'],
            status: 'pilot', hasResults: false, adopted: false, date: '2024-06-10T10:00:00.000Z', title: 'Sprachpaten B',
          }),
          c: buildSearchDocument({
            kind: 'thread', topics: ['sprache', 'arbeit'], municipalities: ['giengen', 'ulm'], regions: ['stuttgart', 'tuebingen'],
            municipalityKinds: ['town', 'city_district'], status: null, hasResults: false, adopted: false, date: '2025-01-05T10:00:00.000Z', title: 'Sprachpaten C',
          }),
          d: buildSearchDocument({
            kind: 'municipality', topics: [], municipalities: ['freiburg'], regions: ['freiburg'], municipalityKinds: ['city_district'],
            status: null, date: '2025-02-01T10:00:00.000Z', title: 'Sprachpaten D',
          }),
        };
        await port.index(Object.values(docs));
      });
      const idsOf = (...keys: string[]) => keys.map((k) => docs[k].id).sort();

      it('filters by each field', async () => {
        expect(await filtered({ kinds: ['thread', 'municipality'] })).toEqual(idsOf('c', 'd'));
        expect(await filtered({ topics: ['sprache'] })).toEqual(idsOf('a', 'c'));
        expect(await filtered({ municipalities: ['giengen'] })).toEqual(idsOf('b', 'c'));
        expect(await filtered({ regions: ['freiburg', 'tuebingen'] })).toEqual(idsOf('a', 'c', 'd'));
        expect(await filtered({ municipalityKinds: ['town'] })).toEqual(idsOf('b', 'c'));
        expect(await filtered({ statuses: ['pilot', 'completed'] })).toEqual(idsOf('b'));
        expect(await filtered({ hasResults: true })).toEqual(idsOf('a'));
        expect(await filtered({ adopted: true })).toEqual(idsOf('a'));
        expect(await filtered({ from: new Date('2024-06-10T10:00:00.000Z') })).toEqual(idsOf('b', 'c', 'd'));
        expect(await filtered({ to: new Date('2024-06-10T10:00:00.000Z') })).toEqual(idsOf('a', 'b'));
        expect(await filtered({ topics: [] })).toEqual(idsOf('a', 'b', 'c', 'd'));
      });

      it('combines filters: OR within a facet, AND across facets, with the query', async () => {
        expect(await filtered({ kinds: ['practice', 'thread'], topics: ['sprache'] })).toEqual(idsOf('a', 'c'));
        expect(await filtered({ topics: ['sprache', 'arbeit'], regions: ['stuttgart'], from: new Date('2024-01-01'), to: new Date('2024-12-31') })).toEqual(idsOf('b'));
        expect(await filtered({ kinds: ['practice'] }, 'Sprachpaten')).toEqual(idsOf('a', 'b'));
        expect(await filtered({ municipalities: ['nirgendwo'] })).toEqual([]);
      });

      it('counts facets disjunctively: each facet ignores its own filter', async () => {
        const result = await search('', { filters: { topics: ['sprache'], kinds: ['practice'] } });
        expect(result.total).toBe(1);
        expect(ids(result)).toEqual([docs.a.id]);
        const sorted = (values: { value: string; count: number }[]) => [...values].sort((x, y) => x.value.localeCompare(y.value));
        // Topics of practices (the kind filter applies, the topic filter does not).
        expect(sorted(result.facets.topics)).toEqual([{ value: 'arbeit', count: 1 }, { value: 'sprache', count: 1 }]);
        // Kinds of documents about language (the topic filter applies, the kind filter does not).
        expect(sorted(result.facets.kinds)).toEqual([{ value: 'practice', count: 1 }, { value: 'thread', count: 1 }]);
        // Other facets: both filters apply.
        expect(sorted(result.facets.regions)).toEqual([{ value: 'tuebingen', count: 1 }]);
        expect(sorted(result.facets.statuses)).toEqual([{ value: 'running', count: 1 }]);
        expect(result.facets.hasResults).toBe(1);
        expect(result.facets.adopted).toBe(1);
      });

      it('counts every facet over all matches when nothing is filtered', async () => {
        const { total, facets } = await search('Sprachpaten');
        expect(total).toBe(4);
        const count = (values: { value: string; count: number }[], value: string) => values.find((v) => v.value === value)?.count;
        expect(count(facets.kinds, 'practice')).toBe(2);
        expect(count(facets.municipalities, 'giengen')).toBe(2);
        expect(count(facets.municipalityKinds, 'city_district')).toBe(3);
        expect(count(facets.regions, 'stuttgart')).toBe(2);
        expect(facets.statuses.map((s) => s.value).sort()).toEqual(['pilot', 'running']);
        expect(facets.hasResults).toBe(1);
      });

      it('sorts by date, newest first, when asked', async () => {
        const result = await search('Sprachpaten', { sort: 'date' });
        expect(ids(result)).toEqual([docs.d.id, docs.c.id, docs.b.id, docs.a.id]);
      });

      it('browses everything newest first for an empty query', async () => {
        const result = await search('');
        expect(result.total).toBe(4);
        expect(ids(result)).toEqual([docs.d.id, docs.c.id, docs.b.id, docs.a.id]);
        expect(result.correctedQuery).toBeNull();
      });

      it('pages with offset and limit, and answers a page beyond the end with no hits', async () => {
        expect(ids(await search('', { offset: 1, limit: 2 }))).toEqual([docs.c.id, docs.b.id]);
        const beyond = await search('Sprachpaten', { offset: 40, limit: 20 });
        expect(beyond.hits).toEqual([]);
        expect(beyond.total).toBe(4);
      });
    });

    describe('versions', () => {
      it('keeps a stored newer version when an older one arrives late', async () => {
        const v2 = buildSearchDocument({ version: 2, title: 'Kochabend international' });
        await port.index([v2]);
        await port.index([{ ...v2, version: 1, title: 'Kochabend veraltet' }]);
        expect(ids(await search('Kochabend'))).toEqual([v2.id]);
        expect(plain((await search('Kochabend')).hits[0].title)).toBe('Kochabend international');
        expect(ids(await search('veraltet'))).toEqual([]);
      });

      it('replaces a document with a newer version', async () => {
        const v1 = buildSearchDocument({ version: 1, title: 'Kochabend' });
        await port.index([v1]);
        await port.index([{ ...v1, version: 2, title: 'Backstube' }]);
        expect(ids(await search('Kochabend'))).toEqual([]);
        expect(ids(await search('Backstube'))).toEqual([v1.id]);
      });

      it('removes a document, and a late older version does not bring it back', async () => {
        const doc = buildSearchDocument({ version: 5, title: 'Nähstube' });
        await port.index([doc]);
        await port.remove([{ id: doc.id, version: 6 }]);
        expect(ids(await search('Nähstube'))).toEqual([]);
        await port.index([{ ...doc, version: 4 }]);
        expect(ids(await search('Nähstube'))).toEqual([]);
        await port.index([{ ...doc, version: 7 }]);
        expect(ids(await search('Nähstube'))).toEqual([doc.id]);
      });

      it('does not remove a newer version with an older removal', async () => {
        const doc = buildSearchDocument({ version: 5, title: 'Nähstube' });
        await port.index([doc]);
        await port.remove([{ id: doc.id, version: 3 }]);
        expect(ids(await search('Nähstube'))).toEqual([doc.id]);
      });

      it('accepts a removal of a document it never had', async () => {
        await expect(port.remove([{ id: 'post:unknown', version: 1 }])).resolves.toBeUndefined();
        expect((await search('')).total).toBe(0);
      });
    });

    it('highlights matches in title and snippet as plain text parts', async () => {
      const doc = buildSearchDocument({
        title: 'Sprachcafé für Frauen',
        summary: '',
        body: `${'Vorher steht hier ein langer Text. '.repeat(20)}Im Sprachcafé lernen Frauen gemeinsam Deutsch. ${'Danach folgt noch mehr. '.repeat(20)}`,
      });
      await port.index([doc]);
      const [hit] = (await search('Sprachcafé')).hits;
      expect(plain(hit.title)).toBe('Sprachcafé für Frauen');
      expect(matched(hit.title)).toEqual(['Sprachcafé']);
      expect(matched(hit.snippet)).toContain('Sprachcafé');
      expect(plain(hit.snippet).length).toBeLessThan(400);
    });

    it('returns markup in content as text, never as HTML', async () => {
      const doc = buildSearchDocument({ title: 'Elternabend <script>alert(1)</script>', summary: '<b>fett</b> & <img src=x onerror=alert(1)> Elternabend' });
      await port.index([doc]);
      const [hit] = (await search('Elternabend')).hits;
      expect(plain(hit.title)).toBe('Elternabend <script>alert(1)</script>');
      expect(plain(hit.snippet)).toContain('<img src=x onerror=alert(1)>');
      for (const part of [...hit.title, ...hit.snippet]) expect(part.text).not.toMatch(/<\/?(em|mark|span)\b/);
      expect(matched(hit.title)).toEqual(['Elternabend']);
    });

    it('never fails on special characters, open quotes, emoji or SQL fragments', async () => {
      await port.index([buildSearchDocument({ title: 'Runder Tisch Integration' })]);
      const queries = ['"', '-', '*', ':', '\\', "'", '"Runder Tisch', 'Tisch -', 'a:* & !b | (c', "'; DROP TABLE search_document; --", '🙂 Integration 🙂', '<->', '%_', 'OR', '-"', '\u0000x'];
      for (const text of queries) {
        expect(Array.isArray((await search(text)).hits)).toBe(true);
        expect(Array.isArray(await port.suggest(text, 5))).toBe(true);
      }
      expect(ids(await search('🙂 Integration 🙂'))).toHaveLength(1);
    });

    it('suggests the document for a prefix and for a typo', async () => {
      const doc = buildSearchDocument({ kind: 'thread', title: 'Integrationslotsen gesucht', path: '/diskussionen/abc' });
      await port.index([doc, buildSearchDocument({ title: 'Gartenprojekt' })]);
      for (const text of ['Integrationslo', 'Integrationsltosen']) {
        const suggestions = await port.suggest(text, 8);
        expect(suggestions).toContainEqual({ type: 'document', text: 'Integrationslotsen gesucht', kind: 'thread', path: '/diskussionen/abc' });
        expect(suggestions.length).toBeLessThanOrEqual(8);
      }
    });

    it('suggests completed words as queries', async () => {
      await port.index([buildSearchDocument({ title: 'Integrationslotsen gesucht' })]);
      const suggestions = await port.suggest('integrationslo', 8);
      expect(suggestions.filter((s) => s.type === 'query').map((s) => s.text.toLowerCase())).toContain('integrationslotsen');
    });

    it('reports itself healthy', async () => {
      expect(await port.health()).toMatchObject({ ok: true, engine: port.engine });
    });

    it('clears only its own index', async () => {
      const other = await setup();
      try {
        const doc = buildSearchDocument({ title: 'Erzählcafé' });
        await port.index([doc]);
        await other.port.index([doc]);
        await port.clear();
        expect((await search('Erzählcafé')).total).toBe(0);
        expect((await other.port.search({ text: 'Erzählcafé', filters: {}, sort: 'relevance', offset: 0, limit: 20 })).total).toBe(1);
      } finally {
        await other.teardown();
      }
    });
  });
}
