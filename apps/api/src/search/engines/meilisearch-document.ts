import { type SearchDocument } from '../search.port.js';

/**
 * How a SearchDocument is stored in Meilisearch, and the pure decisions around it (ids, version
 * guard). Kept apart from the adapter so they are unit-tested without a server.
 */

/** Highlight markers: private-use characters, so no tag from content can ever pass as a match. */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

/**
 * A live document as stored: the port's document with a Meilisearch-safe id, the extra fields its
 * filters and typo-free umlaut matching need, and `removed: false`, which lets every query exclude
 * tombstones with one filter.
 */
export interface MeiliLiveDocument extends SearchDocument {
  /** German spellings without umlauts (ä → ae, ß → ss) of the words that have them; see umlautSpellings. */
  altSpellings: string;
  /** `date` as epoch milliseconds: Meilisearch filters and sorts numbers, not ISO strings. */
  dateTs: number;
  removed: false;
}

/**
 * What `remove` leaves behind: the id and the version of the removal. Without it a late `index`
 * of an older version (built before the removal, delivered after it) would bring a hidden post
 * back; with it the version guard refuses that write. Tombstones carry no text, are excluded from
 * every query, and go with `clear()` (a reindex starts from the database anyway).
 */
export interface MeiliTombstone {
  id: string;
  version: number;
  removed: true;
}

export type MeiliStoredDocument = MeiliLiveDocument | MeiliTombstone;

/**
 * Meilisearch accepts only [a-zA-Z0-9_-] in document ids, ours are `kind:uuid`. Every other
 * character (and `_` itself, so the mapping stays reversible) becomes `_` plus four hex digits of
 * its UTF-16 code unit: `practice:0b1c…` → `practice_003a0b1c…`.
 */
export function toMeiliId(id: string): string {
  const encoded = id.replace(/[^a-zA-Z0-9-]/g, (ch) => `_${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // Meilisearch's limit for a document id.
  if (encoded.length > 511) throw new Error(`Search document id too long for Meilisearch: ${id.slice(0, 60)}…`);
  return encoded;
}

export function fromMeiliId(meiliId: string): string {
  return meiliId.replace(/_([0-9a-f]{4})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Removes the highlight markers from indexed text, so a match marker always comes from Meilisearch. */
export function stripMarkers(text: string): string {
  return text.replace(MARKERS, '');
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ẞ: 'SS' };
const UMLAUT_WORD = /[\p{L}\p{N}]*[äöüßÄÖÜẞ][\p{L}\p{N}]*/gu;
/** Enough for a long practice; more would only repeat rare words. */
const MAX_SPELLINGS = 300;

/**
 * Meilisearch folds "ü" to "u", so "Fluechtlinge" reaches "Flüchtlinge" only as a typo, and two
 * umlauts in one word may exceed the typo budget. Indexing the "ue" spelling of every word that has
 * an umlaut or ß (deduplicated, in a low-ranked attribute) lets either spelling match exactly. The
 * other direction ("Fluechtlinge" written, "Flüchtlinge" searched) folds to "fluchtlinge": one typo.
 */
export function umlautSpellings(texts: readonly string[]): string {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.match(UMLAUT_WORD) ?? []) {
      words.add(word.replace(/[äöüßÄÖÜẞ]/g, (ch) => UMLAUTS[ch] ?? ch).toLowerCase());
      if (words.size >= MAX_SPELLINGS) return [...words].join(' ');
    }
  }
  return [...words].join(' ');
}

export function toMeiliDocument(doc: SearchDocument): MeiliLiveDocument {
  const dateTs = Date.parse(doc.date);
  if (!Number.isFinite(dateTs)) throw new Error(`Search document ${doc.id} has an invalid date: ${doc.date}`);
  const title = stripMarkers(doc.title);
  const summary = stripMarkers(doc.summary);
  const body = stripMarkers(doc.body);
  const tags = doc.tags.map(stripMarkers);
  return {
    id: toMeiliId(doc.id),
    kind: doc.kind,
    sourceId: doc.sourceId,
    version: doc.version,
    title,
    summary,
    body,
    tags,
    altSpellings: umlautSpellings([title, ...tags, summary, body]),
    path: doc.path,
    context: doc.context === null ? null : stripMarkers(doc.context),
    topics: doc.topics,
    municipalities: doc.municipalities,
    regions: doc.regions,
    municipalityKinds: doc.municipalityKinds,
    status: doc.status,
    hasResults: doc.hasResults,
    adopted: doc.adopted,
    date: doc.date,
    dateTs,
    isExample: doc.isExample,
    removed: false,
  };
}

/** Several events for one id in a batch: the highest version is the one that counts. */
function latestPerId<T extends { id: string; version: number }>(items: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const item of items) {
    const seen = latest.get(item.id);
    if (!seen || item.version >= seen.version) latest.set(item.id, item);
  }
  return [...latest.values()];
}

/**
 * The version guard for `index`: writes a document unless the index holds a higher version of it
 * (a live document or a tombstone). An equal version is written again, so a retried event is harmless.
 * `stored` maps our ids (not Meilisearch's) to stored versions.
 */
export function documentsToWrite(docs: readonly SearchDocument[], stored: ReadonlyMap<string, number>): SearchDocument[] {
  return latestPerId(docs).filter((doc) => !((stored.get(doc.id) ?? -Infinity) > doc.version));
}

/** The version guard for `remove`: a stored higher version stays (it was built after the removal). */
export function tombstonesToWrite(
  items: readonly { id: string; version: number }[],
  stored: ReadonlyMap<string, number>,
): MeiliTombstone[] {
  return latestPerId(items)
    .filter((item) => !((stored.get(item.id) ?? -Infinity) > item.version))
    .map((item) => ({ id: toMeiliId(item.id), version: item.version, removed: true as const }));
}
