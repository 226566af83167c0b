import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from '@praxisforum/markdown';

/** The long Markdown sections of a practice, by their GraphQL names. */
export const SECTIONS = ['problem', 'approach', 'results', 'successFactors', 'obstacles', 'transferability'] as const;
export type Section = (typeof SECTIONS)[number];
export type SectionTexts = Record<Section, string>;

/**
 * A practice's sections rendered when it is saved (column `practice.sections_html`), so a page
 * view does not run the Markdown renderer. `renderer` is the MARKDOWN_RENDERER_VERSION that
 * rendered them: HTML of another version is ignored and rendered again.
 */
export type StoredSectionsHtml = { renderer: number } & SectionTexts;

export function renderSections(texts: SectionTexts): StoredSectionsHtml {
  const stored = { renderer: MARKDOWN_RENDERER_VERSION } as StoredSectionsHtml;
  for (const section of SECTIONS) stored[section] = renderMarkdown(texts[section]);
  return stored;
}

/** The stored HTML if the current renderer made it, else null (the caller renders). */
export function currentSectionsHtml(stored: StoredSectionsHtml | null | undefined): SectionTexts | null {
  return stored && stored.renderer === MARKDOWN_RENDERER_VERSION ? stored : null;
}
