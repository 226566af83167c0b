import { DomainError } from '../errors/domain-error.js';
import { decodeCursor, encodeCursor, toConnection } from './pagination.js';

describe('cursor pagination', () => {
  it('round-trips keyset values through an opaque cursor', () => {
    const cursor = encodeCursor(['Lörrach', 'c0ffee']);
    expect(cursor).not.toContain('Lörrach');
    expect(decodeCursor(cursor, 2)).toEqual(['Lörrach', 'c0ffee']);
  });

  it('refuses a forged or truncated cursor with BAD_USER_INPUT', () => {
    for (const bad of ['not-a-cursor', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad, 2)).toThrow(DomainError);
      try {
        decodeCursor(bad, 2);
      } catch (error) {
        expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      }
    }
  });

  it('reports a next page only when more rows than the page size came back', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = toConnection(rows, 2, 3, (r) => [r.id]);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor!, 1)).toEqual(['b']);

    const last = toConnection(rows.slice(2), 2, 3, (r) => [r.id]);
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: last.edges[0].cursor });
    expect(toConnection([], 2, 0, (r: { id: string }) => [r.id]).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
