import { gunzipSync } from 'node:zlib';
import { AnswerCache } from './answer-cache.js';
import { acceptsGzip, applyInvalidation } from './answer-cache.module.js';

const page = (n: number, size = 2_000) => JSON.stringify({ data: { thread: { id: `t${n}`, text: `${n}`.repeat(size) } } });
const read = (cache: AnswerCache, key: string) => {
  const gzipped = cache.lookup(key);
  return gzipped && gunzipSync(gzipped).toString('utf8');
};

describe('AnswerCache', () => {
  it('serves a stored answer, gzip-compressed', () => {
    const cache = new AnswerCache(1024 * 1024);
    expect(cache.store('k1', cache.ticket(), ['thread:1'], page(1))).toBe(true);
    expect(read(cache, 'k1')).toBe(page(1));
    expect(cache.lookup('k1')!.length).toBeLessThan(page(1).length / 5);
    expect(cache.lookup('k2')).toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 1, hits: 2, misses: 1, stored: 1 });
  });

  it('drops the answers of an invalidated tag and keeps the others', () => {
    const cache = new AnswerCache(1024 * 1024);
    cache.store('a', cache.ticket(), ['thread:1'], page(1));
    cache.store('b', cache.ticket(), ['thread:2'], page(2));
    applyInvalidation(cache, { thread: '1' });
    expect(read(cache, 'a')).toBeUndefined();
    expect(read(cache, 'b')).toBe(page(2));
    applyInvalidation(cache, { all: true });
    expect(read(cache, 'b')).toBeUndefined();
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });

  it('does not keep an answer whose rows changed while it was computed', () => {
    const cache = new AnswerCache(1024 * 1024);
    const before = cache.ticket();
    cache.invalidate('thread:1'); // a reply committed while the page was being read
    expect(cache.store('a', before, ['thread:1'], page(1))).toBe(false);
    expect(cache.store('b', before, ['thread:2'], page(2))).toBe(true); // another thread's page is unaffected
    cache.flush();
    expect(cache.store('c', before, ['thread:3'], page(3))).toBe(false);
    expect(cache.store('c', cache.ticket(), ['thread:3'], page(3))).toBe(true);
  });

  it('reports the lookups, hit rate and budget use since its last report, and nothing while there were no lookups', () => {
    const cache = new AnswerCache(1024 * 1024);
    expect(cache.report()).toBeUndefined();
    cache.store('k1', cache.ticket(), ['thread:1'], page(1));
    for (const key of ['k1', 'k1', 'k1', 'k2']) cache.lookup(key);
    const first = cache.report()!;
    expect(first).toMatchObject({ entries: 1, hits: 3, misses: 1, hitRatePercent: 75, stored: 1, invalidations: 0 });
    expect(first.budgetUsedPercent).toBe(Math.round((cache.stats().bytes / cache.maxBytes) * 100));
    cache.invalidate('thread:1');
    expect(cache.report()).toBeUndefined(); // an invalidation is no lookup: it goes into the next report
    cache.lookup('k1');
    expect(cache.report()).toMatchObject({ entries: 0, hits: 0, misses: 1, hitRatePercent: 0, stored: 0, invalidations: 1 });
  });

  it('keeps to its byte budget by dropping the least recently used answers', () => {
    // Hardly compressible text, so each entry takes its own space.
    const noise = (n: number) => JSON.stringify({ n, text: Array.from({ length: 600 }, (_, i) => ((i * 7919 + n * 104_729) % 65_521).toString(36)).join('') });
    const probe = new AnswerCache(1024 * 1024);
    probe.store('k1', probe.ticket(), ['thread:1'], noise(1));
    const cache = new AnswerCache(Math.floor(probe.stats().bytes * 2.5)); // room for two
    for (const n of [1, 2]) cache.store(`k${n}`, cache.ticket(), [`thread:${n}`], noise(n));
    expect(cache.stats().entries).toBe(2);
    expect(read(cache, 'k1')).toBeDefined(); // k1 used: k2 is now the oldest
    cache.store('k3', cache.ticket(), ['thread:3'], noise(3));
    expect(cache.stats().bytes).toBeLessThanOrEqual(cache.maxBytes);
    expect(read(cache, 'k2')).toBeUndefined();
    expect(read(cache, 'k1')).toBeDefined();
    expect(read(cache, 'k3')).toBeDefined();
    // An answer larger than the whole budget is not kept (and does not empty the cache).
    expect(cache.store('huge', cache.ticket(), ['thread:4'], [4, 5, 6, 7].map(noise).join(''))).toBe(false);
    expect(read(cache, 'k1')).toBeDefined();
  });

  it('serves and keeps nothing while invalidations cannot be heard, and starts empty on a new connection', () => {
    let connection = 1;
    const cache = new AnswerCache(1024 * 1024, () => connection);
    cache.store('a', cache.ticket(), ['thread:1'], page(1));
    connection = 0; // the LISTEN connection dropped
    expect(read(cache, 'a')).toBeUndefined();
    expect(cache.store('b', cache.ticket(), ['thread:2'], page(2))).toBe(false);
    const whileDown = cache.ticket();
    connection = 2; // listening again: what happened in between went unheard
    expect(read(cache, 'a')).toBeUndefined();
    expect(cache.store('c', whileDown, ['thread:3'], page(3))).toBe(false);
    expect(cache.store('c', cache.ticket(), ['thread:3'], page(3))).toBe(true);
    expect(read(cache, 'c')).toBe(page(3));
  });

  it('keeps nothing without tags or with a budget of 0', () => {
    const cache = new AnswerCache(1024 * 1024);
    expect(cache.store('a', cache.ticket(), [], page(1))).toBe(false);
    const off = new AnswerCache(0);
    expect(off.enabled).toBe(false);
    expect(off.store('a', off.ticket(), ['thread:1'], page(1))).toBe(false);
    expect(off.lookup('a')).toBeUndefined();
  });

  it('forgets old tag clocks past its limit by rejecting fills that began before', () => {
    const cache = new AnswerCache(1024 * 1024);
    const before = cache.ticket();
    for (let i = 0; i < 10_001; i++) cache.invalidate(`thread:${i}`);
    expect(cache.store('a', before, ['thread:other'], page(1))).toBe(false);
    expect(cache.store('a', cache.ticket(), ['thread:other'], page(1))).toBe(true);
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['GZIP', true],
    ['gzip;q=0', false],
    ['gzip;q=0.000', false],
    ['deflate, br', false],
    [undefined, false],
    ['x-gzip', false],
  ])('%s → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
