import { FOLDED_STOP_WORDS, wordsOf, type Word } from './normalize.js';

/**
 * Reads a search box entry with web-search syntax — `"quoted phrase"`, `-exclusion`, `a OR b`,
 * everything else ANDed — the way `websearch_to_tsquery` does, but into a structure of normalised
 * [a-z0-9] words. Nothing the user typed ever reaches tsquery syntax: the engine builds the tsquery
 * from these words (and the lexemes PostgreSQL makes of them). No input is an error: stray quotes,
 * operators without operands, emoji or SQL fragments just yield fewer (or no) words.
 */

/** One word of the query: normalised, with its spelling and place in the token it came from. */
export type QueryWord = Word;

/** A term, a phrase or (for tokens like "e-mail") a few words that must all occur. */
export interface Alternative {
  words: QueryWord[];
  phrase: boolean;
  negated: boolean;
  /** The user is still typing the last word (search as you type): match it as a prefix. */
  prefix: boolean;
  /** The token as typed (without quotes and minus sign), to rebuild a corrected query. */
  raw: string;
}

/** Alternatives joined by OR; the clauses of a query are ANDed. */
export interface Clause {
  alternatives: Alternative[];
}

export interface ParsedQuery {
  clauses: Clause[];
}

/** More is cut (the service already limits queries to 10 words; this guards the engine itself). */
const MAX_WORDS = 32;

interface Token {
  raw: string;
  phrase: boolean;
  negated: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let current = '';
  let negated = false;
  let inPhrase = false;
  const flush = (phrase: boolean) => {
    if (current || phrase) tokens.push({ raw: current, phrase, negated });
    current = '';
    negated = false;
  };
  for (const char of text) {
    if (inPhrase) {
      if (char === '"') {
        flush(true);
        inPhrase = false;
      } else current += char;
    } else if (char === '"') {
      if (current) flush(false);
      inPhrase = true;
    } else if (/\s/.test(char)) {
      if (current) flush(false);
      else negated = false; // a lone "-" negates nothing
    } else if (char === '-' && !current) {
      negated = true;
    } else current += char;
  }
  if (inPhrase) flush(true); // an open quote runs to the end
  else if (current) flush(false);
  return tokens;
}

export function parseQuery(text: string): ParsedQuery {
  const clauses: Clause[] = [];
  let wordCount = 0;
  let pendingOr = false;
  for (const token of tokenize(text)) {
    if (!token.phrase && !token.negated && token.raw.toLowerCase() === 'or') {
      pendingOr = clauses.length > 0;
      continue;
    }
    const words = wordsOf(token.raw)
      .filter((w) => !FOLDED_STOP_WORDS.has(w.norm))
      .slice(0, Math.max(0, MAX_WORDS - wordCount));
    if (words.length === 0) continue;
    wordCount += words.length;
    const alternative: Alternative = { words, phrase: token.phrase && words.length > 1, negated: token.negated, prefix: false, raw: token.raw };
    if (pendingOr) clauses[clauses.length - 1].alternatives.push(alternative);
    else clauses.push({ alternatives: [alternative] });
    pendingOr = false;
  }
  // Search as you type: the last word is a prefix unless the user has finished it (space, closing quote).
  const last = clauses.at(-1)?.alternatives.at(-1);
  if (last && !last.negated && !last.phrase && /[\p{L}\p{M}\p{N}]$/u.test(text)) last.prefix = true;
  return { clauses };
}

/** True when the query has something to search for (not only exclusions). */
export function hasPositiveTerms(query: ParsedQuery): boolean {
  return query.clauses.some((c) => c.alternatives.some((a) => !a.negated));
}

/**
 * The query as text again, with some words replaced (for "did you mean"): each token keeps its
 * spelling except the replaced words.
 */
export function formatQuery(query: ParsedQuery, replace: (word: QueryWord) => string | undefined): string {
  return query.clauses
    .map((clause) =>
      clause.alternatives
        .map((alternative) => {
          let raw = alternative.raw;
          // Replace from the end so earlier offsets stay valid; a word split in several parts is replaced once.
          const seen = new Set<number>();
          for (const word of [...alternative.words].reverse()) {
            const replacement = replace(word);
            if (replacement === undefined || seen.has(word.start)) continue;
            seen.add(word.start);
            raw = raw.slice(0, word.start) + replacement + raw.slice(word.end);
          }
          const text = alternative.phrase || /\s/.test(alternative.raw) ? `"${raw}"` : raw;
          return alternative.negated ? `-${text}` : text;
        })
        .join(' OR '),
    )
    .join(' ');
}
