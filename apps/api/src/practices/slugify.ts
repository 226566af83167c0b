const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/** A URL slug from a German title: umlauts transliterated, accents dropped, at most 100 characters. */
export function slugify(title: string): string {
  return title
    .replace(/[äöüßÄÖÜ]/g, (c) => GERMAN[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 100)
    .replace(/^-+|-+$/g, '');
}

/** Path words of the web app under /praxisbeispiele/ that a practice slug must not take. */
const RESERVED = new Set(['neu', 'meine', 'vergleich']);

/** The slug a new practice starts from: its title's, never empty and never a reserved path. */
export function practiceSlugBase(title: string): string {
  const slug = slugify(title) || 'praxisbeispiel';
  return RESERVED.has(slug) ? `${slug}-praxisbeispiel` : slug;
}
