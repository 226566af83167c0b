import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, unlink } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { type Readable } from 'node:stream';
import { notFound } from '../errors/domain-error.js';
import { assertStorageKey, type FileStorage, InvalidStorageKeyError } from './storage.port.js';

const FILE_MODE = 0o640;
const DIRECTORY_MODE = 0o750;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Files in a local directory, one file per key ("a/b" is <root>/a/b). A write goes to a temporary
 * name beside the target and is renamed over it once complete and synced, so readers see the old
 * or the new content, never a partial one. Temporary names contain dots, which keys cannot, so
 * they never collide with a key.
 */
export class LocalDiskStorage implements FileStorage {
  readonly root: string;
  private readonly prefix: string;

  constructor(root: string) {
    this.root = resolve(root);
    this.prefix = this.root.endsWith(sep) ? this.root : this.root + sep;
  }

  async put(key: string, source: Readable | Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true, mode: DIRECTORY_MODE });
    const temp = `${target}.${randomUUID()}.tmp`;
    try {
      const handle = await open(temp, 'wx', FILE_MODE);
      try {
        if (Buffer.isBuffer(source)) {
          await handle.writeFile(source);
        } else {
          // Each writeFile() continues at the current position; a failing stream rejects here.
          for await (const chunk of source as AsyncIterable<Buffer | string>) await handle.writeFile(chunk);
        }
        // The umask may have narrowed the mode given to open().
        await handle.chmod(FILE_MODE);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async open(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    let handle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') throw notFound('File', key);
      throw error;
    }
    try {
      if (!(await handle.stat()).isFile()) throw notFound('File', key);
    } catch (error) {
      await handle.close();
      throw error;
    }
    // The stream closes the handle when it ends, fails or is destroyed.
    return handle.createReadStream();
  }

  async remove(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return;
      throw error;
    }
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    const path = join(this.root, ...key.split('/'));
    // The key pattern already rules out "..", absolute paths and separators; this is the second lock.
    if (!path.startsWith(this.prefix)) throw new InvalidStorageKeyError(key);
    return path;
  }
}
