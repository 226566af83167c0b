import { Inject, Injectable } from '@nestjs/common';
import { type Readable } from 'node:stream';
import { type Logger } from 'pino';
import { APP_LOGGER } from '../core/logging/logger.js';
import { FILE_STORAGE, type FileStorage } from '../core/storage/storage.port.js';

/** The practices' view of file storage: removal after the database change has committed. */
@Injectable()
export class AttachmentStore {
  constructor(
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  put(key: string, content: Buffer): Promise<void> {
    return this.storage.put(key, content);
  }

  open(key: string): Promise<Readable> {
    return this.storage.open(key);
  }

  /** Best effort: a file left behind is harmless (no row points to it), a lost row is not. */
  async removeAll(keys: string[]): Promise<void> {
    for (const key of keys) {
      await this.storage.remove(key).catch((error: unknown) => this.logger.warn({ err: error, key }, 'could not remove attachment file'));
    }
  }
}
