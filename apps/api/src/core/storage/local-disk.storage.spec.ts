import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { DomainError } from '../errors/domain-error.js';
import { LocalDiskStorage } from './local-disk.storage.js';
import { InvalidStorageKeyError, isStorageKey } from './storage.port.js';

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'praxisforum-storage-'));
    storage = new LocalDiskStorage(join(root, 'files'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const read = async (key: string) => (await buffer(await storage.open(key))).toString();

  it('stores a Buffer and reads it back, creating directories as needed', async () => {
    await storage.put('attachments/0b9f6c1e-1f2a-4c3d-9e8f-000000000001', Buffer.from('Hallo Praxisforum'));
    await expect(read('attachments/0b9f6c1e-1f2a-4c3d-9e8f-000000000001')).resolves.toBe('Hallo Praxisforum');
    const file = join(root, 'files', 'attachments', '0b9f6c1e-1f2a-4c3d-9e8f-000000000001');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
  });

  it('stores a stream, binary content intact', async () => {
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256));
    await storage.put('a/b/c', Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]));
    expect((await buffer(await storage.open('a/b/c'))).equals(bytes)).toBe(true);
  });

  it('overwrites, leaving no temporary files behind', async () => {
    await storage.put('doc-1', Buffer.from('first version, the longer one'));
    await storage.put('doc-1', Readable.from([Buffer.from('second')]));
    await expect(read('doc-1')).resolves.toBe('second');
    expect(await readdir(join(root, 'files'))).toEqual(['doc-1']);
  });

  it('keeps the old content when a write fails half-way', async () => {
    await storage.put('doc-1', Buffer.from('old'));
    const failing = new Readable({
      read() {
        this.push(Buffer.from('partial'));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(storage.put('doc-1', failing)).rejects.toThrow('client went away');
    await expect(read('doc-1')).resolves.toBe('old');
    expect(await readdir(join(root, 'files'))).toEqual(['doc-1']);
  });

  it('removes, and removing again (or a key never stored) is fine', async () => {
    await storage.put('x/doc-1', Buffer.from('bye'));
    await storage.remove('x/doc-1');
    await expect(storage.remove('x/doc-1')).resolves.toBeUndefined();
    await expect(storage.remove('never/stored')).resolves.toBeUndefined();
    await expect(storage.open('x/doc-1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers NOT_FOUND for a missing key, also below a file or at a directory', async () => {
    await storage.put('x/doc-1', Buffer.from('data'));
    for (const key of ['missing', 'x/missing', 'x/doc-1/below', 'x']) {
      const error: unknown = await storage.open(key).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it.each(['../x', '/etc/passwd', 'a/../../b', 'A', '', 'a//b', 'a/', '/a', '.', 'a/./b', 'a\\b', 'a b', 'a.tmp', 'ä', 'a\0b', 'x'.repeat(513)])(
    'refuses the key %j for every operation',
    async (key) => {
      expect(isStorageKey(key)).toBe(false);
      await expect(storage.put(key, Buffer.from('evil'))).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.open(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.remove(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
    },
  );

  it('never touches files outside its root', async () => {
    await writeFile(join(root, 'secret'), 'outside');
    await expect(storage.open('../secret')).rejects.toBeInstanceOf(InvalidStorageKeyError);
    await expect(storage.remove('../secret')).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(await readdir(root)).toEqual(['secret']);
  });
});
