interface Page<E> {
  edges: readonly E[];
}

/**
 * The next page appended to the list shown. The practice tables page with `fetchMore` and merge
 * here, so they need no cache policy of their own in the app's shared cache setup.
 */
export function appendPage<P extends Page<unknown>>(previous: P, next: P): P {
  return { ...next, edges: [...previous.edges, ...next.edges] };
}
