import { type TextPart } from '../search.port.js';
import { iterateWords, wordsOf, type Word } from './normalize.js';

/**
 * Highlighting in JavaScript, as plain text parts (never HTML): a word of the text is a match when
 * its normalised form starts with one of the query's lexemes — the German stems PostgreSQL made of
 * the query words and their expansions ("Integrationen" starts with "integration", "Sprachcafés"
 * with "sprachcaf"). Stems are prefixes of their words, so this agrees with what the tsquery
 * matched, without asking the database for positions.
 */

/** Lexemes per query clause: a window that shows every clause beats one that repeats a word. */
export type LexemeGroups = readonly (readonly string[])[];

/** Index of the group a normalised word matches, or -1. Very short lexemes must match whole words. */
function matchGroup(norm: string, groups: LexemeGroups): number {
  for (let g = 0; g < groups.length; g++) {
    for (const lexeme of groups[g]) {
      if (!lexeme) continue;
      if (lexeme.length < 3 ? norm === lexeme : norm.startsWith(lexeme)) return g;
    }
  }
  return -1;
}

/** Parts of a text with the matching words marked. */
export function highlight(text: string, groups: LexemeGroups): TextPart[] {
  return partsOf(text, wordsOf(text), groups, 0, text.length);
}

function partsOf(text: string, words: Word[], groups: LexemeGroups, from: number, to: number): TextPart[] {
  const parts: TextPart[] = [];
  let at = from;
  const push = (part: TextPart) => {
    if (!part.text) return;
    const last = parts.at(-1);
    if (last && last.match === part.match) last.text += part.text;
    else parts.push(part);
  };
  for (const word of words) {
    if (word.start < at || word.end > to || matchGroup(word.norm, groups) < 0) continue;
    push({ text: text.slice(at, word.start), match: false });
    push({ text: text.slice(word.start, word.end), match: true });
    at = word.end;
  }
  push({ text: text.slice(at, to), match: false });
  return parts;
}

/** Letters of a lexeme and what they may have been written as before folding (see normalize.ts). */
const SPELLINGS: [RegExp, string][] = [
  [/ae/g, '(?:ae|ä)'],
  [/oe/g, '(?:oe|ö)'],
  [/ue/g, '(?:ue|ü)'],
  [/ss/g, '(?:ss|ß)'],
];
const ACCENTED: Record<string, string> = { a: '[aàáâãå]', e: '[eéèêë]', i: '[iìíîïı]', o: '[oòóôõø]', u: '[uùúû]', c: '[cç]', n: '[nñ]' };
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

/** A pattern for a lexeme in the original spelling: case, umlauts, ß and common accents. */
function spelled(lexeme: string): string {
  let pattern = lexeme.replace(/[aeioucn]/g, (c) => ACCENTED[c] ?? c);
  for (const [plain, written] of SPELLINGS) {
    // After the accent classes: match the folded pairs in their class form.
    const [first, second] = plain.source;
    pattern = pattern.replaceAll(`${ACCENTED[first] ?? first}${ACCENTED[second] ?? second}`, written);
  }
  // Very short lexemes match whole words only, as in matchGroup.
  return lexeme.length < 3 ? `${pattern}(?!${WORD_CHAR})` : pattern;
}

/**
 * One regular expression finding the lexemes in the original text; the capture group tells which
 * query group. Native, so a long body costs little to search. (Whether a find starts a word is
 * checked afterwards: a lookbehind at every position would cost more than the search.)
 */
export function finder(groups: LexemeGroups): RegExp | undefined {
  const alternatives = groups.map((group) => group.filter(Boolean).map(spelled).join('|'));
  if (alternatives.every((a) => !a)) return undefined;
  return new RegExp(alternatives.map((a) => `(${a || '(?!)'})`).join('|'), 'giu');
}

const WORD_CHAR_TEST = /[\p{L}\p{M}\p{N}]/u;

interface Window {
  text: string;
  /** The window's words: from a few before its first match, at most `size`. */
  words: Word[];
  score: number;
  /** The text goes on after the window. */
  more: boolean;
}

/** Characters a window of about 30 words spans; a match this far from another is in another window. */
const WINDOW_CHARS = 200;
/** Matches looked at per text at most. */
const MATCHES_MAX = 200;

/** The best window of `size` words in a text: most query clauses shown, then most matches. */
function bestWindow(text: string, find: RegExp | undefined, groups: number, size: number): Window | undefined {
  if (!text || !find) return undefined;
  const matches: { at: number; group: number }[] = [];
  find.lastIndex = 0;
  for (let m = find.exec(text); m && matches.length < MATCHES_MAX; m = find.exec(text)) {
    if (m[0].length === 0) find.lastIndex += 1;
    if (m.index > 0 && WORD_CHAR_TEST.test(text[m.index - 1])) continue; // inside a word
    matches.push({ at: m.index, group: m.slice(1).findIndex((g) => g !== undefined) });
  }
  if (matches.length === 0) return undefined;
  let best = { score: -1, at: 0 };
  for (let i = 0; i < matches.length; i++) {
    const seen = new Set<number>();
    let count = 0;
    for (let j = i; j < matches.length && matches[j].at - matches[i].at <= WINDOW_CHARS; j++) {
      seen.add(matches[j].group);
      count += 1;
    }
    const score = Math.min(seen.size, groups) * 1000 + count;
    if (score > best.score) best = { score, at: matches[i].at };
  }
  // Start four words before the first match, or at the very beginning of a text that would fit.
  let from = best.at;
  if (text.length <= WINDOW_CHARS * 1.2) from = 0;
  else {
    const back = Math.max(0, best.at - 80);
    const before = [...iterateWords(text.slice(back, best.at))];
    // The first of those may be cut by the slice; it only counts when the slice starts the text.
    const usable = back === 0 ? before : before.slice(1);
    if (usable.length) from = back + usable[Math.max(0, usable.length - 4)].start;
  }
  const words: Word[] = [];
  for (const word of iterateWords(text.slice(from))) {
    words.push({ ...word, start: word.start + from, end: word.end + from });
    if (words.length > size) break;
  }
  return { text, words: words.slice(0, size), score: best.score, more: words.length > size };
}

/**
 * A passage of about `size` words from the summary or body, around the matches, else the beginning.
 * `find` is finder(groups), made once per search rather than once per hit.
 */
export function snippet(summary: string, body: string, groups: LexemeGroups, size = 30, find = finder(groups)): TextPart[] {
  const fromSummary = bestWindow(summary, find, groups.length, size);
  const complete = fromSummary && fromSummary.score >= groups.length * 1000;
  const fromBody = complete ? undefined : bestWindow(body, find, groups.length, size);
  let window = fromBody && (!fromSummary || fromBody.score > fromSummary.score) ? fromBody : fromSummary;
  if (!window) {
    const text = summary.trim() ? summary : body;
    const words: Word[] = [];
    for (const word of iterateWords(text)) {
      words.push(word);
      if (words.length > size) break;
    }
    window = { text, words: words.slice(0, size), score: 0, more: words.length > size };
  }
  const { text, words, more } = window;
  if (words.length === 0) return [];
  // From the text's start when the window begins with its first word (no ellipsis then).
  const from = /^[^\p{L}\p{M}\p{N}]*$/u.test(text.slice(0, words[0].start)) ? 0 : words[0].start;
  const last = words[words.length - 1];
  // Keep the punctuation after the last word (a full stop reads better than a cut).
  const to = more ? last.end + (/[.,;:!?)»"]/.test(text.charAt(last.end)) ? 1 : 0) : text.length;
  const core = merge(partsOf(text, words, groups, from, to).map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') })));
  if (core.length === 0) return [];
  core[0].text = core[0].text.trimStart();
  core[core.length - 1].text = core[core.length - 1].text.trimEnd();
  return merge([...(from > 0 ? [{ text: '… ', match: false }] : []), ...core, ...(more ? [{ text: ' …', match: false }] : [])]);
}

/** Joins neighbouring parts of the same kind and drops empty ones. */
function merge(parts: TextPart[]): TextPart[] {
  const merged: TextPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = merged.at(-1);
    if (last && last.match === part.match) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
