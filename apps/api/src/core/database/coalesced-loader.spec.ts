import { BATCH_MAX, batchInList, coalescedLoader } from './coalesced-loader.js';

/** A `load` whose statements the test finishes by hand, recording the keys of each. */
function manualStatements() {
  const statements: { keys: string[]; finish: (missing?: string[]) => void; fail: (error: Error) => void }[] = [];
  const load = (keys: readonly string[]) =>
    new Promise<(string | null)[]>((resolve, reject) => {
      statements.push({
        keys: [...keys],
        finish: (missing = []) => resolve(keys.map((k) => (missing.includes(k) ? null : `row ${k}`))),
        fail: reject,
      });
    });
  return { statements, load };
}

const ticks = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Tests of the queue use a stall time no run reaches: with the default 50 ms, a busy CI machine
 * between two ticks let the running batch count as stalled and start the next one beside it.
 */
const neverStalls = { stallMs: 60_000 };

describe('coalescedLoader', () => {
  it('runs a read on an idle loader at once, with the keys asked for in the same tick', async () => {
    const { statements, load } = manualStatements();
    const loader = coalescedLoader(load, neverStalls);
    const a = loader.load('a');
    const b = loader.load('b');
    await ticks();
    expect(statements.map((s) => s.keys)).toEqual([['a', 'b']]);
    statements[0].finish(['b']);
    await expect(a).resolves.toBe('row a');
    await expect(b).resolves.toBeNull();
  });

  it('collects the reads asked for while a statement runs into one next statement, started only after it', async () => {
    const { statements, load } = manualStatements();
    const loader = coalescedLoader(load, neverStalls);
    const first = loader.load('a');
    await ticks();
    const waiting = ['b', 'c', 'd'].map((k) => loader.load(k));
    await ticks();
    expect(statements).toHaveLength(1); // b, c and d wait for the running statement

    statements[0].finish();
    await expect(first).resolves.toBe('row a');
    await ticks();
    expect(statements.map((s) => s.keys)).toEqual([['a'], ['b', 'c', 'd']]);
    statements[1].finish(['c']);
    await expect(Promise.all(waiting)).resolves.toEqual(['row b', null, 'row d']);
  });

  it('gives a failed statement’s error to its readers only, and goes on with the next', async () => {
    const { statements, load } = manualStatements();
    const loader = coalescedLoader(load, neverStalls);
    const failing = loader.load('a');
    await ticks();
    const next = loader.load('b');
    await ticks();
    statements[0].fail(new Error('connection lost'));
    await expect(failing).rejects.toThrow('connection lost');
    await ticks();
    expect(statements[1].keys).toEqual(['b']);
    statements[1].finish();
    await expect(next).resolves.toBe('row b');
  });

  it('lets the next statement start beside one that runs longer than stallMs', async () => {
    const { statements, load } = manualStatements();
    const loader = coalescedLoader(load, { stallMs: 20 });
    const slow = loader.load('slow');
    await ticks();
    const other = loader.load('other');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(statements.map((s) => s.keys)).toEqual([['slow'], ['other']]);
    statements[1].finish();
    await expect(other).resolves.toBe('row other');
    statements[0].finish();
    await expect(slow).resolves.toBe('row slow');
  });

  it('splits a queue longer than maxBatchSize into several statements', async () => {
    const { statements, load } = manualStatements();
    const loader = coalescedLoader(load, { ...neverStalls, maxBatchSize: 2 });
    const reads = ['a', 'b', 'c', 'd', 'e'].map((k) => loader.load(k));
    for (let i = 0; i < 3; i++) {
      await ticks();
      statements[i].finish();
    }
    await expect(Promise.all(reads)).resolves.toEqual(['row a', 'row b', 'row c', 'row d', 'row e']);
    expect(statements.map((s) => s.keys)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('caches nothing: the same key read again runs a new statement', async () => {
    const { statements, load } = manualStatements();
    const loader = coalescedLoader(load, neverStalls);
    const first = loader.load('a');
    await ticks();
    statements[0].finish();
    await first;
    const again = loader.load('a');
    await ticks();
    expect(statements).toHaveLength(2);
    statements[1].finish(['a']);
    await expect(again).resolves.toBeNull();
  });
});

describe('batchInList', () => {
  it('pads a batch to the next prepared size by repeating its last key', () => {
    expect(batchInList(['a'])).toEqual({ size: 1, params: ['a'], list: '($1)' });
    expect(batchInList(['a', 'b', 'c'])).toEqual({ size: 4, params: ['a', 'b', 'c', 'c'], list: '($1, $2, $3, $4)' });
    expect(batchInList(Array.from({ length: 9 }, (_, i) => i)).size).toBe(16);
    expect(batchInList(['a', 'b'], 3)).toEqual({ size: 2, params: ['a', 'b'], list: '($4, $5)' });
  });

  it('refuses an empty batch and one larger than BATCH_MAX', () => {
    expect(() => batchInList([])).toThrow('1 to 16 keys');
    expect(() => batchInList(Array.from({ length: BATCH_MAX + 1 }, (_, i) => i))).toThrow('not 17');
  });
});
