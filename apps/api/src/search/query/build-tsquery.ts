import { type Alternative, type ParsedQuery, type QueryWord } from './parse-query.js';
import { withinOneEdit } from './edit-distance.js';
import { matchSynonyms } from './synonyms.js';

/**
 * Turns a parsed query plus what the vocabulary knows about its words into tsquery text. Only
 * lexemes that PostgreSQL made ([a-z0-9], checked again here) and operators we write ourselves go
 * into it, so no input can break its syntax.
 */

/** What the vocabulary says about one query word (see PostgresSearch.resolveWords). */
export interface WordInfo {
  /** Its German stem; '' for a stop word. */
  stem: string;
  /** Some indexed word has this stem. */
  known: boolean;
  /**
   * Stems of indexed words that start with its stem, most frequent first (asked for the word being
   * typed only). Prefix matching goes through this bounded list rather than a `:*` tsquery prefix,
   * which makes the GIN index collect every posting of every matching lexeme.
   */
  completions: string[];
  /** Stems of indexed compounds that contain the word ("planung" → "integrationsplan"), most frequent first. */
  parts: string[];
  /** Nearest indexed words by trigram similarity, best first (asked when nothing else matched). */
  typos: { lexeme: string; display: string; term: string; similarity: number }[];
}

export interface BuiltQuery {
  /** The tsquery to match ('' for none): words, or only exclusions (then `positive` is false). */
  match: string;
  /**
   * The same with any of the clauses instead of all ('' for a single clause): asked when all of
   * them match nothing, so "women cycling" still finds the cycling course for women.
   */
  matchAny: string;
  /** The query has words to find (not only exclusions): it can rank and highlight. */
  positive: boolean;
  /** OR of the words as typed (or corrected, or completed): they rank above expansions. */
  rankMain: string;
  /** OR of every lexeme searched, compound parts and synonyms included. */
  rankAll: string;
  /** Lexemes per clause, for highlighting. */
  groups: string[][];
  /** Corrected words: normalised query word → the word searched instead (as written in a document). */
  corrections: Map<string, string>;
}

/** Corrections must be this similar (trigram similarity) to the typed word; others are noise. */
export const TYPO_MIN_SIMILARITY = 0.4;
/** Keep the corrections that are almost as good as the best one (at most three). */
const TYPO_SPREAD = 0.05;
/** From this length a word one edit away counts as a correction whatever its trigrams (as Meilisearch allows one typo from five letters). */
const ONE_EDIT_MIN_LENGTH = 5;

/**
 * The near words (best trigram similarity first; `term` normalised as the typed word is) that count
 * as corrections of a typed word, likeliest first, at most three: those one edit away (a swap of
 * two letters scores low on trigrams but is the commonest slip), then those similar enough and
 * nearly as similar as the best.
 */
export function typoCorrections<T extends { term: string; similarity: number }>(typed: string, near: T[]): T[] {
  const best = near[0]?.similarity ?? 0;
  const oneEdit = typed.length >= ONE_EDIT_MIN_LENGTH ? near.filter((n) => withinOneEdit(typed, n.term)) : [];
  const similar = near.filter((n) => n.similarity >= TYPO_MIN_SIMILARITY && n.similarity >= best - TYPO_SPREAD && !oneEdit.includes(n));
  return [...oneEdit, ...similar].slice(0, 3);
}

const LEXEME = /^[a-z0-9]+$/;
const quote = (lexeme: string) => `'${lexeme}'`;
const valid = (lexeme: string) => LEXEME.test(lexeme);

/** The terms of a synonym group as tsquery text: a word, or a phrase of its lexemes. */
const termTexts = (terms: string[][]) =>
  terms
    .map((term) => term.filter(valid))
    .filter((term) => term.length > 0)
    .map((term) => (term.length === 1 ? quote(term[0]) : `( ${term.map(quote).join(' <-> ')} )`));

/** A tsquery term list: "x" or "( x | y )". */
const any = (terms: string[]) => (terms.length === 1 ? terms[0] : `( ${terms.join(' | ')} )`);
const all = (terms: string[]) => (terms.length === 1 ? terms[0] : `( ${terms.join(' & ')} )`);

interface Expression {
  text: string;
  /** The words as typed, corrected or completed, without compound parts and synonyms (ranking). */
  main: string[];
  /** Every lexeme searched (ranking, highlighting). */
  lexemes: string[];
}

export function buildTsQuery(
  query: ParsedQuery,
  info: (word: string) => WordInfo,
  synonymGroups: string[][][],
): BuiltQuery {
  const corrections = new Map<string, string>();

  // A word that spells a synonym term as typed is no typo, even if no document uses it:
  // "Freiwilligenarbeit" must find the texts about Ehrenamt, not be "corrected" to "freiwillig".
  const synonymWordsAsTyped = new Set<string>();
  const typedClauses = query.clauses
    .map((clause) => clause.alternatives.filter((a) => !a.negated))
    .filter((positive) => positive.length > 0)
    .map((positive) => (positive.length === 1 ? positive[0] : undefined));
  const typedKeys = typedClauses.map((a) => (a ? a.words.map((w) => info(w.norm).stem).filter(Boolean) : null));
  for (const match of matchSynonyms(typedKeys, synonymGroups)) {
    for (const a of typedClauses.slice(match.start, match.end)) for (const w of a?.words ?? []) synonymWordsAsTyped.add(w.norm);
  }
  // Within an OR group each alternative counts on its own: "Patenschaft OR Mentoring".
  const stemsOf = (a: Alternative) => a.words.map((w) => info(w.norm).stem).filter(Boolean);
  const orAlternatives = query.clauses.map((clause) => clause.alternatives.filter((a) => !a.negated)).filter((positive) => positive.length > 1).flat();
  for (const a of orAlternatives) if (matchSynonyms([stemsOf(a)], synonymGroups).length) for (const w of a.words) synonymWordsAsTyped.add(w.norm);

  /** Typos are corrected only where nothing in the index matches the word itself. */
  const typosOf = (word: QueryWord, prefix: boolean) => {
    const i = info(word.norm);
    if (i.known || (prefix && i.completions.length > 0) || i.parts.length > 0 || synonymWordsAsTyped.has(word.norm)) return [];
    return typoCorrections(word.norm, i.typos.filter((t) => valid(t.lexeme)));
  };

  const wordExpression = (word: QueryWord, prefix: boolean): Expression | undefined => {
    const i = info(word.norm);
    if (!i.stem || !valid(i.stem)) return undefined; // a stop word
    const terms: string[] = [];
    const main: string[] = [];
    if (i.known) {
      terms.push(quote(i.stem));
      main.push(quote(i.stem));
    }
    if (prefix) {
      const completions = i.completions.filter(valid).map(quote);
      terms.push(...completions);
      main.push(...completions);
    }
    const parts = i.parts.filter(valid);
    terms.push(...parts.map(quote));
    const typos = typosOf(word, prefix);
    if (typos.length) {
      corrections.set(word.norm, typos[0].display);
      terms.push(...typos.map((t) => quote(t.lexeme)));
      main.push(quote(typos[0].lexeme));
    }
    // A word nothing matches stays in: the query then finds nothing, which is the truth.
    if (terms.length === 0) {
      terms.push(quote(i.stem));
      main.push(quote(i.stem));
    }
    // Highlighting takes the stem as a prefix, which covers the completions; ranking needs them.
    const lexemes = [i.stem, ...(prefix ? i.completions : []), ...parts, ...typos.map((t) => t.lexeme)];
    // A word found only through compounds has no exact form: its parts are all there is.
    return { text: any([...new Set(terms)]), main: main.length ? main : terms, lexemes };
  };

  /** A phrase: lexemes in order; stop words keep their place (`<2>` skips one) as in documents. */
  const phrase = (words: QueryWord[]): Expression | undefined => {
    const pieces: string[] = [];
    const lexemes: string[] = [];
    let gap = 1;
    for (const word of words) {
      const stem = info(word.norm).stem;
      if (!stem || !valid(stem)) {
        if (pieces.length) gap += 1;
        continue;
      }
      if (pieces.length) pieces.push(gap === 1 ? '<->' : `<${gap}>`);
      pieces.push(quote(stem));
      lexemes.push(stem);
      gap = 1;
    }
    if (!pieces.length) return undefined;
    const text = pieces.length === 1 ? pieces[0] : `( ${pieces.join(' ')} )`;
    return { text, main: [text], lexemes };
  };

  const alternativeExpression = (alternative: Alternative): Expression | undefined => {
    if (alternative.phrase) return phrase(alternative.words);
    if (alternative.negated) {
      // Exclusions take the words exactly: no prefixes, typos or compounds.
      const stems = alternative.words.map((w) => info(w.norm).stem).filter((s) => s && valid(s));
      return stems.length ? { text: all(stems.map(quote)), main: [], lexemes: [] } : undefined;
    }
    const parts = alternative.words
      .map((w, index) => wordExpression(w, alternative.prefix && index === alternative.words.length - 1))
      .filter((e): e is Expression => e !== undefined);
    if (!parts.length) return undefined;
    return { text: all(parts.map((p) => p.text)), main: parts.flatMap((p) => p.main), lexemes: parts.flatMap((p) => p.lexemes) };
  };

  // Each clause: its alternatives ORed (exclusions stand alone).
  interface ClauseExpression extends Expression {
    negated: boolean;
    /** Lexemes for synonym matching (null: the clause cannot be part of a synonym). */
    synonymKey: string[] | null;
  }
  const clauses: ClauseExpression[] = [];
  for (const clause of query.clauses) {
    const alternatives = clause.alternatives
      .map((a) => ({ a, e: alternativeExpression(a) }))
      .filter((x): x is { a: Alternative; e: Expression } => x.e !== undefined);
    if (!alternatives.length) continue;
    const negated = alternatives.filter((x) => x.a.negated);
    const positive = alternatives.filter((x) => !x.a.negated);
    // An alternative of an OR group that spells a synonym term also matches the group's other terms.
    if (positive.length > 1) {
      for (const x of positive) {
        const [own] = matchSynonyms([stemsOf(x.a)], synonymGroups);
        if (own) x.e = { text: any([...new Set([x.e.text, ...termTexts(own.terms)])]), main: x.e.main, lexemes: [...x.e.lexemes, ...own.terms.flat().filter(valid)] };
      }
    }
    for (const x of negated) clauses.push({ ...x.e, negated: true, synonymKey: null });
    if (!positive.length) continue;
    const single = positive.length === 1 ? positive[0] : undefined;
    clauses.push({
      text: any(positive.map((x) => x.e.text)),
      main: positive.flatMap((x) => x.e.main),
      lexemes: positive.flatMap((x) => x.e.lexemes),
      negated: false,
      // The word as corrected counts for synonyms: "Gefluchtete" still finds "Flüchtlinge".
      synonymKey: single
        ? single.a.words
            .map((w) => {
              const typos = typosOf(w, single.a.prefix);
              return typos[0]?.lexeme ?? info(w.norm).stem;
            })
            .filter(Boolean)
        : null,
    });
  }

  // Synonyms: a clause (or run of clauses) that spells a group term also matches the other terms.
  const positive = clauses.filter((c) => !c.negated);
  const merged: Expression[] = [];
  const matches = matchSynonyms(
    positive.map((c) => c.synonymKey),
    synonymGroups,
  );
  let at = 0;
  for (const match of matches) {
    merged.push(...positive.slice(at, match.start));
    const own = positive.slice(match.start, match.end);
    merged.push({
      text: any([...new Set([all(own.map((c) => c.text)), ...termTexts(match.terms)])]),
      main: own.flatMap((c) => c.main),
      lexemes: [...own.flatMap((c) => c.lexemes), ...match.terms.flat().filter(valid)],
    });
    at = match.end;
  }
  merged.push(...positive.slice(at));

  const negatives = clauses.filter((c) => c.negated).map((c) => `!${c.text.startsWith('(') ? c.text : `( ${c.text} )`}`);
  const match = [...merged.map((c) => c.text), ...negatives].join(' & ');
  const matchAny = merged.length >= 2 ? [any(merged.map((c) => c.text)), ...negatives].join(' & ') : '';
  return {
    match,
    matchAny,
    positive: merged.length > 0,
    rankMain: [...new Set(merged.flatMap((c) => c.main))].join(' | '),
    rankAll: [...new Set(merged.flatMap((c) => c.lexemes).filter(valid).map(quote))].join(' | '),
    groups: merged.map((c) => [...new Set(c.lexemes)]),
    corrections,
  };
}
