import { DataSource } from 'typeorm';
import { type DatabaseTarget, poolOptions } from './database-target.js';
import { MIGRATIONS } from './migrations/index.js';

export interface MigrationReport {
  applied: string[];
}

/** Runs pending migrations over a short-lived connection; the app opens its own afterwards. */
export async function runMigrations(target: DatabaseTarget): Promise<MigrationReport> {
  return withDataSource(target, async (dataSource) => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return { applied: applied.map((m) => m.name) };
  });
}

export async function revertLastMigration(target: DatabaseTarget): Promise<void> {
  await withDataSource(target, (dataSource) => dataSource.undoLastMigration({ transaction: 'each' }));
}

export async function withDataSource<T>(target: DatabaseTarget, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: target.url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
    extra: poolOptions(target),
  });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
