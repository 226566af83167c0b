import { SaveQueue } from './useSaveQueue';

function deferred() {
  let resolve!: (ok: boolean) => void;
  const promise = new Promise<boolean>((r) => (resolve = r));
  return { promise, resolve };
}

describe('SaveQueue', () => {
  it('never runs two saves at once and saves only the latest of the values queued meanwhile', async () => {
    const first = deferred();
    const calls: string[] = [];
    const save = (values: string) => {
      calls.push(values);
      return calls.length === 1 ? first.promise : Promise.resolve(true);
    };
    const queue = new SaveQueue<string>();

    const a = queue.enqueue('a', save);
    const b = queue.enqueue('b', save);
    const c = queue.enqueue('c', save);
    expect(calls).toEqual(['a']);
    expect(queue.busy).toBe(true);

    first.resolve(true);
    await expect(Promise.all([a, b, c])).resolves.toEqual([true, true, true]);
    expect(calls).toEqual(['a', 'c']);
    expect(queue.busy).toBe(false);
  });

  it('drops queued values once stopped and tells their callers', async () => {
    const first = deferred();
    const save = () => first.promise;
    const queue = new SaveQueue<string>();
    const a = queue.enqueue('a', save);
    const b = queue.enqueue('b', save);
    queue.stop();
    first.resolve(false);

    await expect(a).resolves.toBe(false);
    await expect(b).resolves.toBe(false);
    await expect(queue.enqueue('c', save)).resolves.toBe(false);
  });
});
