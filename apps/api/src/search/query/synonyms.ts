import { SEARCH_SYNONYMS } from '@praxisforum/domain';
import { normalizedWords } from './normalize.js';

/**
 * Query expansion with the shared synonym groups (libs/domain search-synonyms.ts). Matching works on
 * lexemes (German stems), so "Flüchtling" meets the group of "Flüchtlinge" and "Geflüchtete"; a
 * multi-word term ("bürgerschaftliches Engagement") matches as a phrase or as consecutive words and
 * is searched as a phrase.
 */

/** The normalised words of every term of every group: groups → terms → words. */
export const SYNONYM_GROUPS: readonly (readonly string[][])[] = SEARCH_SYNONYMS.map((group) =>
  group.map((term) => normalizedWords(term)).filter((words) => words.length > 0),
);

/** Every word the groups use, to stem them all at once. */
export function synonymWords(): string[] {
  return [...new Set(SYNONYM_GROUPS.flat(2))];
}

/** The groups with every word replaced by its lexeme (stop words, lexeme '', left out). */
export function stemGroups(stem: (word: string) => string): string[][][] {
  return SYNONYM_GROUPS.map((group) => group.map((words) => words.map(stem).filter(Boolean)).filter((t) => t.length > 0));
}

export interface SynonymMatch {
  /** Clauses start … end - 1 of the query are one synonym term. */
  start: number;
  end: number;
  /** Lexemes of every term of the group (the matched one too): each is a word or a phrase. */
  terms: string[][];
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Finds synonym terms in a query given as the lexemes of its clauses (null for clauses that
 * cannot take part: exclusions and OR groups). A clause matches a term on its own (a word, a
 * phrase) or together with the following one-word clauses (a multi-word term typed without quotes).
 * Longest match first, left to right, no overlaps.
 */
export function matchSynonyms(clauses: readonly (readonly string[] | null)[], groups: readonly string[][][]): SynonymMatch[] {
  const matches: SynonymMatch[] = [];
  let i = 0;
  while (i < clauses.length) {
    let found: SynonymMatch | undefined;
    if (clauses[i]?.length) {
      for (const terms of groups) {
        for (const term of terms) {
          // The clause alone, or a run of one-word clauses spelling the term.
          let end = i + 1;
          let lexemes = [...clauses[i]!];
          while (lexemes.length < term.length && end < clauses.length && clauses[end]?.length === 1 && clauses[i]!.length === 1) {
            lexemes = [...lexemes, ...clauses[end]!];
            end += 1;
          }
          if (same(lexemes, term) && (!found || end > found.end)) found = { start: i, end, terms };
        }
      }
    }
    if (found) {
      matches.push(found);
      i = found.end;
    } else i += 1;
  }
  return matches;
}
