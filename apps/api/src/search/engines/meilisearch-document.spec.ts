import { type SearchDocument } from '../search.port.js';
import {
  documentsToWrite,
  fromMeiliId,
  stripMarkers,
  toMeiliDocument,
  toMeiliId,
  tombstonesToWrite,
  umlautSpellings,
} from './meilisearch-document.js';

function doc(overrides: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id: 'practice:0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
    kind: 'practice',
    sourceId: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
    version: 10,
    title: 'Sprachcafé für Geflüchtete',
    summary: 'Ehrenamtliche treffen sich wöchentlich.',
    body: 'Straßenfest und Begegnung',
    tags: ['Ehrenamt'],
    path: '/praxisbeispiele/sprachcafe',
    context: 'Stadt Giengen',
    topics: ['sprache'],
    municipalities: ['giengen'],
    regions: ['stuttgart'],
    municipalityKinds: ['town'],
    status: 'running',
    hasResults: true,
    adopted: false,
    date: '2024-03-05T10:00:00.000Z',
    isExample: false,
    ...overrides,
  };
}

describe('Meilisearch document ids', () => {
  it('maps kind:uuid to a key of only [a-zA-Z0-9_-] and back', () => {
    const id = 'post:0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
    const meiliId = toMeiliId(id);
    expect(meiliId).toBe('post_003a0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d');
    expect(meiliId).toMatch(/^[a-zA-Z0-9_-]+$/);
    expect(fromMeiliId(meiliId)).toBe(id);
  });

  it.each(['a_b', 'a_003ab', 'ümlaut:ß', 'x y/z?#&"\'\\', '💬:1', '_', ''])('round-trips %j without collisions', (id) => {
    const meiliId = toMeiliId(id);
    expect(meiliId).toMatch(/^[a-zA-Z0-9_-]*$/);
    expect(fromMeiliId(meiliId)).toBe(id);
  });

  it('keeps distinct ids distinct, even where one looks like the encoding of the other', () => {
    expect(toMeiliId('a:b')).not.toBe(toMeiliId('a_003ab'));
  });

  it('refuses ids longer than Meilisearch accepts', () => {
    expect(() => toMeiliId('x'.repeat(512))).toThrow(/too long/);
  });
});

describe('toMeiliDocument', () => {
  it('stores the date as epoch milliseconds beside the ISO date and marks the document live', () => {
    const stored = toMeiliDocument(doc());
    expect(stored).toMatchObject({
      id: 'practice_003a0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
      kind: 'practice',
      date: '2024-03-05T10:00:00.000Z',
      dateTs: Date.UTC(2024, 2, 5, 10),
      removed: false,
      status: 'running',
    });
  });

  it('strips the highlight markers from every text, so only Meilisearch can mark a match', () => {
    const stored = toMeiliDocument(
      doc({ title: 'a\uE000b\uE001c', summary: '\uE000s', body: 'b\uE001', tags: ['t\uE000'], context: 'c\uE001' }),
    );
    expect([stored.title, stored.summary, stored.body, stored.tags[0], stored.context]).toEqual(['abc', 's', 'b', 't', 'c']);
  });

  it('adds the spellings without umlauts of the words that have them', () => {
    expect(toMeiliDocument(doc()).altSpellings.split(' ').sort()).toEqual(['fuer', 'gefluechtete', 'strassenfest', 'woechentlich']);
  });

  it('refuses a document with an unreadable date instead of indexing it undatable', () => {
    expect(() => toMeiliDocument(doc({ date: 'yesterday' }))).toThrow(/invalid date/);
  });
});

describe('umlautSpellings', () => {
  it('writes ä, ö, ü, ß as ae, oe, ue, ss, lower case and once per word', () => {
    expect(umlautSpellings(['Bürgerschaftliches Engagement', 'bürgerschaftliches', 'Übergänge Größe'])).toBe('buergerschaftliches uebergaenge groesse');
  });

  it('leaves texts without umlauts alone', () => {
    expect(umlautSpellings(['Integrationslotsen im Landkreis'])).toBe('');
  });

  it('keeps the list bounded for very long texts', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `wört${i}`).join(' ');
    expect(umlautSpellings([text]).split(' ')).toHaveLength(300);
  });
});

describe('stripMarkers', () => {
  it('removes only the two marker characters', () => {
    expect(stripMarkers('<em>x</em>\uE000\uE001\uE002')).toBe('<em>x</em>\uE002');
  });
});

describe('version guard', () => {
  const a = doc({ id: 'practice:a', version: 5 });
  const b = doc({ id: 'practice:b', version: 5 });
  const c = doc({ id: 'practice:c', version: 5 });

  it('writes new documents, newer and equal versions, and skips those with a higher stored version', () => {
    const stored = new Map([
      ['practice:a', 4],
      ['practice:b', 5],
      ['practice:c', 6],
    ]);
    expect(documentsToWrite([a, b, c, doc({ id: 'practice:d' })], stored).map((d) => d.id)).toEqual(['practice:a', 'practice:b', 'practice:d']);
  });

  it('keeps the highest version when a batch holds one id twice', () => {
    const newer = doc({ id: 'practice:a', version: 7, title: 'neu' });
    expect(documentsToWrite([newer, a], new Map())).toEqual([newer]);
  });

  it('writes a tombstone for a removal unless a higher version is stored', () => {
    const stored = new Map([
      ['post:x', 3],
      ['post:y', 9],
    ]);
    expect(
      tombstonesToWrite(
        [
          { id: 'post:x', version: 4 },
          { id: 'post:y', version: 8 },
          { id: 'post:z', version: 1 },
        ],
        stored,
      ),
    ).toEqual([
      { id: 'post_003ax', version: 4, removed: true },
      { id: 'post_003az', version: 1, removed: true },
    ]);
  });

  it('refuses a late index of an older version after a removal (the tombstone is stored)', () => {
    expect(documentsToWrite([doc({ id: 'post:x', version: 3 })], new Map([['post:x', 4]]))).toEqual([]);
  });
});
