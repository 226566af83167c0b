/**
 * One normalisation for documents and queries alike, so that every spelling of a word meets the
 * same lexeme: German umlauts are transliterated (ä→ae, ö→oe, ü→ue, ß→ss, the way people type them
 * without a German keyboard), other accents are dropped (é→e, like `unaccent`), everything is lower
 * case, and words are runs of [a-z0-9]. "Mädchen" and "Maedchen", "Sprachcafé" and "Sprachcafe"
 * become the same word. Nothing else survives: the words are safe to put into a tsquery.
 */

const LETTERS: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss',
  // Letters that carry no combining mark in Unicode, so NFKD alone would not fold them.
  æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', ı: 'i', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', þ: 'th', Þ: 'th',
};

/** A word of the original text: letters (with their combining marks) and digits. */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Words of the german stop list (PostgreSQL's german.stop) that contain an umlaut or ß: after our
 * transliteration the stemmer no longer recognises them, so we drop them ourselves — in documents
 * and queries alike, which keeps phrase distances the same on both sides.
 */
export const FOLDED_STOP_WORDS: ReadonlySet<string> = new Set(['dass', 'fuer', 'koennen', 'koennte', 'ueber', 'waehrend', 'wuerde', 'wuerden']);

/** Lower-case letters that need more than NFKD (which also cannot fold ß). */
const LOWER_SPECIAL = /[äöüßæœøıłđþ]/g;
/** Characters NFKD may change that matter here: accented Latin letters, combining marks, ligatures, superscripts. */
const DECOMPOSABLE = /[\u0300-\u036f\u00b2\u00b3\u00b9\u00c0-\u024f\u1e00-\u1eff\ufb00-\ufb06]/g;
/** Folded forms of single characters, computed once each. */
const FOLDED = new Map<string, string>();
const foldChar = (c: string) => {
  let folded = FOLDED.get(c);
  if (folded === undefined) {
    folded = c.normalize('NFKD').replace(/\p{M}/gu, '');
    FOLDED.set(c, folded);
  }
  return folded;
};

/**
 * Transliterates and folds a text (any characters stay, only letters change). Lower case first,
 * so fewer characters need mapping; then the umlauts and ß, then whatever else decomposes, one
 * character at a time (Unicode decomposition of a whole 10,000-character body costs more than the
 * rest of a search's JavaScript).
 */
export function foldText(text: string): string {
  return text.toLowerCase().replace(LOWER_SPECIAL, (c) => LETTERS[c]).replace(DECOMPOSABLE, foldChar);
}

/** A word of a text: its normalised form and the original spelling it came from. */
export interface Word {
  norm: string;
  original: string;
  /** Offsets of the original word in the text. */
  start: number;
  end: number;
}

const PLAIN = /^[A-Za-z0-9]+$/;

/** The words of a text one by one, in order, with where they stand (for highlighting). Stop words included. */
export function* iterateWords(text: string): Generator<Word> {
  for (const match of text.matchAll(WORD_PATTERN)) {
    const original = match[0];
    const start = match.index;
    // Most words are plain ASCII: lower case is all their folding needs.
    if (PLAIN.test(original)) {
      yield { norm: original.toLowerCase(), original, start, end: start + original.length };
      continue;
    }
    // A folded word can fall apart ("a·b"); every [a-z0-9] run is a word of its own, pointing at
    // the whole original word.
    for (const norm of foldText(original).split(/[^a-z0-9]+/)) {
      if (norm) yield { norm, original, start, end: start + original.length };
    }
  }
}

/** All words of a text (see iterateWords). */
export function wordsOf(text: string): Word[] {
  return [...iterateWords(text)];
}

/** The normalised words of a text without the folded stop words. */
export function normalizedWords(text: string): string[] {
  return wordsOf(text)
    .map((w) => w.norm)
    .filter((w) => !FOLDED_STOP_WORDS.has(w));
}

/** The text as PostgreSQL's `german` configuration should see it: normalised words separated by spaces. */
export function normalizeForIndex(text: string): string {
  return normalizedWords(text).join(' ');
}
