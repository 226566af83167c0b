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
const SPECIAL = /[äöüßÄÖÜẞæÆœŒøØıłŁđĐþÞ]/g;

/** A word of the original text: letters (with their combining marks) and digits. */
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Words of the german stop list (PostgreSQL's german.stop) that contain an umlaut or ß: after our
 * transliteration the stemmer no longer recognises them, so we drop them ourselves — in documents
 * and queries alike, which keeps phrase distances the same on both sides.
 */
export const FOLDED_STOP_WORDS: ReadonlySet<string> = new Set(['dass', 'fuer', 'koennen', 'koennte', 'ueber', 'waehrend', 'wuerde', 'wuerden']);

/** Transliterates and folds a text (any characters stay, only letters change). */
export function foldText(text: string): string {
  return text
    .replace(SPECIAL, (c) => LETTERS[c])
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** A word of a text: its normalised form and the original spelling it came from. */
export interface Word {
  norm: string;
  original: string;
  /** Offsets of the original word in the text. */
  start: number;
  end: number;
}

/** The words of a text, in order, with where they stand (for highlighting). Stop words included. */
export function wordsOf(text: string): Word[] {
  const result: Word[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    const original = match[0];
    // A folded word can fall apart (e.g. "x²" → "x2" stays one, "a·b" is two words already);
    // every [a-z0-9] run is a word of its own, pointing at the whole original word.
    for (const norm of foldText(original).split(/[^a-z0-9]+/)) {
      if (norm) result.push({ norm, original, start: match.index, end: match.index + original.length });
    }
  }
  return result;
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
