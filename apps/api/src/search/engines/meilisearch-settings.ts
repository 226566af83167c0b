import { SEARCH_LIMITS, SEARCH_SYNONYMS } from '@praxisforum/domain';
import { type Settings } from 'meilisearch';
import { GERMAN_STOP_WORDS } from './german-stop-words.js';

/**
 * The index settings MeilisearchSearch keeps, and the comparison that makes applying them
 * idempotent: only what differs from the server's current settings is sent (a change of
 * filterable attributes rebuilds the index, so an unchanged start must enqueue nothing).
 */

/**
 * Every term of a synonym group maps to all others of its group (mutual association; multi-word
 * terms are phrases). Lower case, because Meilisearch matches synonyms case-insensitively and
 * "Mentoring"/"mentoring" would otherwise be two keys of one word. A term in two groups gets both.
 */
export function buildSynonyms(groups: readonly (readonly string[])[] = SEARCH_SYNONYMS): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.map((term) => term.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE')).filter(Boolean))];
    for (const term of terms) {
      const others = synonyms.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      synonyms.set(term, others);
    }
  }
  return Object.fromEntries([...synonyms].filter(([, others]) => others.size > 0).map(([term, others]) => [term, [...others]]));
}

export const SEARCHABLE_ATTRIBUTES = ['title', 'tags', 'summary', 'body', 'altSpellings'];

/** Facets and filters, the date range, and `removed` (tombstones, see MeiliTombstone). */
export const FILTERABLE_ATTRIBUTES = [
  'kind', 'topics', 'municipalities', 'regions', 'municipalityKinds', 'status',
  'hasResults', 'adopted', 'dateTs', 'isExample', 'removed',
];

/**
 * Meilisearch's default rules, with `sort` moved first: without a sort parameter it does nothing
 * (relevance as usual), and with "newest first" the dates must decide, not only break ties among
 * equally relevant hits (the PostgreSQL engine sorts strictly by date too).
 */
export const RANKING_RULES = ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'];

/** Facet values per facet in an answer: the most frequent first (sortFacetValuesBy count). */
export const FACET_MAX_VALUES = 100;

export function desiredSettings(): Settings {
  return {
    searchableAttributes: SEARCHABLE_ATTRIBUTES,
    filterableAttributes: FILTERABLE_ATTRIBUTES,
    sortableAttributes: ['dateTs'],
    rankingRules: RANKING_RULES,
    typoTolerance: {
      enabled: true,
      // German words are long and compounds longer: one typo from 5 letters (Meilisearch's default),
      // two from 8 instead of 9, so "Integartion" or "Integrationslotzen" still find theirs.
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 8 },
      // Years and postal codes are exact: "2023" must not find "2024".
      disableOnNumbers: true,
    },
    synonyms: buildSynonyms(),
    stopWords: [...GERMAN_STOP_WORDS],
    // Deeper pages are answered empty anyway (SEARCH_LIMITS.maxResultWindow).
    pagination: { maxTotalHits: SEARCH_LIMITS.maxResultWindow },
    faceting: { maxValuesPerFacet: FACET_MAX_VALUES, sortFacetValuesBy: { '*': 'count' } },
  };
}

/** Top-level settings whose list order matters; every other list is compared as a set. */
const ORDERED = new Set<string>(['searchableAttributes', 'rankingRules']);
/** Compared key for key (a key of ours missing on the server, or one of theirs we do not have, differs). */
const EXACT_OBJECTS = new Set<string>(['synonyms']);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * Whether the server's value already is what we want. Objects are compared on our keys only (the
 * server reports defaults for keys we leave alone), except the EXACT_OBJECTS; lists as sets unless
 * ordered.
 */
function satisfies(current: unknown, desired: unknown, ordered: boolean, exact: boolean): boolean {
  if (Array.isArray(desired)) {
    if (!Array.isArray(current) || current.length !== desired.length) return false;
    if (ordered) return desired.every((item, i) => canonical(item) === canonical(current[i]));
    return canonical(current) === canonical(desired);
  }
  if (desired !== null && typeof desired === 'object') {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return false;
    const currentObject = current as Record<string, unknown>;
    const desiredObject = desired as Record<string, unknown>;
    if (exact && Object.keys(currentObject).length !== Object.keys(desiredObject).length) return false;
    return Object.entries(desiredObject).every(([key, value]) => key in currentObject && satisfies(currentObject[key], value, false, exact));
  }
  return current === desired;
}

/** The part of `desired` that differs from `current`: empty when the index is set up already. */
export function settingsDiff(current: Settings, desired: Settings = desiredSettings()): Settings {
  const diff: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(desired)) {
    const currentValue = (current as Record<string, unknown>)[key];
    if (!satisfies(currentValue, value, ORDERED.has(key), EXACT_OBJECTS.has(key))) diff[key] = value;
  }
  return diff;
}
