import { useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { SEARCH_LIMITS } from '@praxisforum/domain';
import { SEARCH_SUGGESTIONS_QUERY } from '../graphql/suggestions.graphql';
import type { SearchSuggestionView } from '../graphql/types';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
export const SUGGEST_DEBOUNCE_MS = 200;

interface Answer {
  /** The text the suggestions were asked for. */
  q: string;
  suggestions: SearchSuggestionView[];
}

export interface Suggestions {
  suggestions: SearchSuggestionView[];
  /** The suggestions answer the current text (not an earlier one still shown while asking). */
  current: boolean;
}

const NONE: SearchSuggestionView[] = [];

/**
 * Suggestions for what is typed: asked for once typing pauses, from two characters on. Only the
 * answer to the latest request is used, so a slow answer to an earlier text never replaces a
 * newer one. While a request is pending, the suggestions for the text before stay (no flicker).
 */
export function useSearchSuggestions(text: string): Suggestions {
  const client = useApolloClient();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const latest = useRef(0);
  const q = text.trim();
  const enough = q.length >= SEARCH_LIMITS.suggestMinLength;

  useEffect(() => {
    // Every change of the text makes the answers to earlier requests stale.
    const request = ++latest.current;
    if (!enough) return;
    const timer = setTimeout(() => {
      client
        .query({ query: SEARCH_SUGGESTIONS_QUERY, variables: { q, limit: SEARCH_LIMITS.suggestMax } })
        .then(({ data }) => {
          if (request === latest.current) setAnswer({ q, suggestions: data?.searchSuggestions ?? NONE });
        })
        // Suggestions are a convenience: when they fail, the box still searches on Enter.
        .catch(() => {
          if (request === latest.current) setAnswer({ q, suggestions: NONE });
        });
    }, SUGGEST_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [client, q, enough]);

  if (!enough || !answer) return { suggestions: NONE, current: false };
  if (answer.q === q) return { suggestions: answer.suggestions, current: true };
  // While typing on (or deleting back), the answer to the previous text is still close enough.
  const [a, b] = [answer.q.toLowerCase(), q.toLowerCase()];
  return { suggestions: a.startsWith(b) || b.startsWith(a) ? answer.suggestions : NONE, current: false };
}
