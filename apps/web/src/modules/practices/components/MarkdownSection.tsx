import { useId } from 'react';

interface Props {
  /** `MarkdownText.html` (or an adoption's `changesHtml` / `resultsHtml`) as the API returns it. */
  html: string;
  /** With a heading, the text becomes a section named by it; without, just the text. */
  heading?: string;
  headingLevel?: 2 | 3 | 4;
}

/**
 * Staff-written Markdown that the API has already rendered. The API sanitizes this HTML
 * (@praxisforum/markdown: raw HTML escaped, link schemes allowlisted, no images or scripts) and
 * shifts its headings to h3 and below, so it can be inserted as it is. This component is the only
 * place in the practice views that inserts HTML. Empty texts render nothing.
 */
export function MarkdownSection({ html, heading, headingLevel = 2 }: Props) {
  const headingId = useId();
  if (!html.trim()) return null;
  const text = <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
  if (!heading) return text;
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>{heading}</Heading>
      {text}
    </section>
  );
}
