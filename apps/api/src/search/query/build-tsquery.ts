import { type Alternative, type ParsedQuery, type QueryWord } from './parse-query.js';
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
  /** Some indexed word's stem starts with it (asked for the word being typed only). */
  completes: boolean;
  /** Stems of indexed compounds that contain the word ("planung" → "integrationsplan"), most frequent first. */
  parts: string[];
  /** Nearest indexed words by trigram similarity, best first (asked when nothing else matched). */
  typos: { lexeme: string; display: string; similarity: number }[];
}

export interface BuiltQuery {
  /** The tsquery to match, '' when there is no positive term. */
  match: string;
  /** Exclusions only (`-word` without anything else): documents must not match it. */
  exclude: string;
  /** OR of the words as typed (or corrected): what a document must contain to rank first. */
  rankMain: string;
  /** OR of every lexeme searched, expansions included. */
  rankAll: string;
  /** Lexemes per clause, for highlighting. */
  groups: string[][];
  /** Corrected words: normalised query word → the word searched instead (as written in a document). */
  corrections: Map<string, string>;
}

/** Corrections must be this similar (trigram similarity) to the typed word; others are noise. */
export const TYPO_MIN_SIMILARITY = 0.4;
/** Keep the corrections that are almost as good as the best one (at most three). */
const TYPO_SPREAD = 0.1;

const LEXEME = /^[a-z0-9]+$/;
const quote = (lexeme: string) => `'${lexeme}'`;
const valid = (lexeme: string) => LEXEME.test(lexeme);

/** A tsquery term list: "x" or "( x | y )". */
const any = (terms: string[]) => (terms.length === 1 ? terms[0] : `( ${terms.join(' | ')} )`);
const all = (terms: string[]) => (terms.length === 1 ? terms[0] : `( ${terms.join(' & ')} )`);

interface Expression {
  text: string;
  /** Lexemes of the words as typed or corrected (ranking) and every lexeme (highlighting). */
  main: string[];
  lexemes: string[];
}

export function buildTsQuery(
  query: ParsedQuery,
  info: (word: string) => WordInfo,
  synonymGroups: string[][][],
): BuiltQuery {
  const corrections = new Map<string, string>();

  /** Typos are corrected only where nothing in the index matches the word itself. */
  const typosOf = (word: QueryWord, prefix: boolean) => {
    const i = info(word.norm);
    if (i.known || (prefix && i.completes) || i.parts.length > 0) return [];
    const best = i.typos[0]?.similarity ?? 0;
    return i.typos.filter((t) => valid(t.lexeme) && t.similarity >= TYPO_MIN_SIMILARITY && t.similarity >= best - TYPO_SPREAD).slice(0, 3);
  };

  const wordExpression = (word: QueryWord, prefix: boolean): Expression | undefined => {
    const i = info(word.norm);
    if (!i.stem || !valid(i.stem)) return undefined; // a stop word
    const terms: string[] = [];
    const main: string[] = [];
    if (prefix && i.completes) {
      terms.push(`${quote(i.stem)}:*`);
      main.push(`${quote(i.stem)}:*`);
    } else if (i.known) {
      terms.push(quote(i.stem));
      main.push(quote(i.stem));
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
    const lexemes = [i.stem, ...parts, ...typos.map((t) => t.lexeme)];
    return { text: any([...new Set(terms)]), main, lexemes };
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
    const others = match.terms
      .map((term) => term.filter(valid))
      .filter((term) => term.length > 0)
      .map((term) => (term.length === 1 ? quote(term[0]) : `( ${term.map(quote).join(' <-> ')} )`));
    merged.push({
      text: any([...new Set([all(own.map((c) => c.text)), ...others])]),
      main: own.flatMap((c) => c.main),
      lexemes: [...own.flatMap((c) => c.lexemes), ...match.terms.flat().filter(valid)],
    });
    at = match.end;
  }
  merged.push(...positive.slice(at));

  const negatives = clauses.filter((c) => c.negated).map((c) => `!${c.text.startsWith('(') ? c.text : `( ${c.text} )`}`);
  const match = merged.length ? [...merged.map((c) => c.text), ...negatives].join(' & ') : '';
  const exclude = merged.length ? '' : clauses.filter((c) => c.negated).map((c) => c.text).join(' | ');
  const mainTerms = [...new Set(merged.flatMap((c) => c.main))];
  const allTerms = [...new Set(merged.flatMap((c) => c.lexemes).map(quote))];
  return {
    match,
    exclude,
    rankMain: mainTerms.join(' | '),
    rankAll: allTerms.join(' | '),
    groups: merged.map((c) => [...new Set(c.lexemes)]),
    corrections,
  };
}
