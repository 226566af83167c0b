import { Fragment } from 'react';
import type { TextPartView } from '../graphql/types';

/**
 * Text with the matched words marked. Every part is a React text node, so whatever the content
 * holds (`<script>`, `&amp;`) is shown as written and never parsed as HTML.
 */
export function HighlightedText({ parts }: { parts: readonly Pick<TextPartView, 'text' | 'highlighted'>[] }) {
  return (
    <>
      {parts.map((part, index) => (part.highlighted ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>))}
    </>
  );
}
