import { Foundation1764086400000 } from './1764086400000-foundation.js';

/** All migrations in order. Listed explicitly so builds and tests need no file globbing. */
export const MIGRATIONS = [Foundation1764086400000];
