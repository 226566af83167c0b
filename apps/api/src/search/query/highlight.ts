import { type TextPart } from '../search.port.js';
import { foldText, WORD_PATTERN, wordsOf, type Word } from './normalize.js';

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

/** Is any lexeme in the text at all? A cheap test before looking at every word of a long body. */
function mentions(text: string, groups: LexemeGroups): boolean {
  const folded = foldText(text);
  return groups.some((group) => group.some((lexeme) => folded.includes(lexeme)));
}

interface Window {
  text: string;
  words: Word[];
  first: number;
  score: number;
}

/** The best window of `size` words in a text: most query clauses shown, then most matches. */
function bestWindow(text: string, groups: LexemeGroups, size: number): Window | undefined {
  if (!text || !mentions(text, groups)) return undefined;
  const words = wordsOf(text);
  const group = words.map((w) => matchGroup(w.norm, groups));
  const counts = new Array<number>(groups.length).fill(0);
  let distinct = 0;
  let matches = 0;
  let best: Window | undefined;
  for (let end = 0; end < words.length; end++) {
    if (group[end] >= 0) {
      matches += 1;
      if (counts[group[end]]++ === 0) distinct += 1;
    }
    const start = end - size + 1;
    if (start > 0 && group[start - 1] >= 0) {
      matches -= 1;
      if (--counts[group[start - 1]] === 0) distinct -= 1;
    }
    const score = distinct * 1000 + matches;
    if (matches > 0 && (!best || score > best.score)) {
      // Start a few words before the first match in the window, so the match has some context.
      let first = Math.max(0, start);
      while (group[first] < 0 && first < end) first += 1;
      // A full window where the text allows it: never cut the start of a text that would fit.
      best = { text, words, first: Math.max(0, Math.min(first - 4, words.length - size)), score };
      if (distinct === groups.length) break; // nothing can show more clauses
    }
  }
  return best;
}

/** A passage of about `size` words from the summary or body, around the matches, else the beginning. */
export function snippet(summary: string, body: string, groups: LexemeGroups, size = 30): TextPart[] {
  const fromSummary = bestWindow(summary, groups, size);
  const complete = fromSummary && fromSummary.score >= groups.length * 1000;
  const fromBody = complete ? undefined : bestWindow(body, groups, size);
  let window = fromBody && (!fromSummary || fromBody.score > fromSummary.score) ? fromBody : fromSummary;
  if (!window) {
    const text = summary.trim() ? summary : body;
    const words: Word[] = [];
    for (const match of text.matchAll(WORD_PATTERN)) {
      words.push({ norm: '', original: match[0], start: match.index, end: match.index + match[0].length });
      if (words.length > size) break;
    }
    window = { text, words, first: 0, score: 0 };
  }
  const { text, words, first } = window;
  if (words.length === 0) return [];
  const last = Math.min(words.length, first + size) - 1;
  const from = first === 0 ? 0 : words[first].start;
  // Keep the punctuation after the last word (a full stop reads better than a cut).
  const more = last < words.length - 1;
  const to = more ? words[last].end + (/[.,;:!?)»"]/.test(text.charAt(words[last].end)) ? 1 : 0) : text.length;
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
