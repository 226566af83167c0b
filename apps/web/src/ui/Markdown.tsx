import { useMemo } from 'react';
import { renderMarkdown } from '@praxisforum/markdown';

/** Staff-written Markdown, rendered by the shared safe renderer (no raw HTML, no images, safe links). */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // Safe by construction: @praxisforum/markdown escapes raw HTML and allowlists link schemes.
  return <div className={className ? `markdown ${className}` : 'markdown'} dangerouslySetInnerHTML={{ __html: html }} />;
}
