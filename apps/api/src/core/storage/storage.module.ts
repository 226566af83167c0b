import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LocalDiskStorage } from './local-disk.storage.js';
import { FILE_STORAGE } from './storage.port.js';

/** Provides FILE_STORAGE everywhere: the local directory STORAGE_DIR (an S3-compatible adapter can replace it here). */
@Global()
@Module({
  providers: [{ provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LocalDiskStorage(config.storageDir) }],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
