import { type Logger } from 'pino';
import { type AppConfig } from './core/config/config.js';
import { type DatabaseTarget, openDatabaseTarget } from './core/database/database-target.js';
import { describeDatabaseError } from './core/database/describe-error.js';
import { runMigrations, withDataSource } from './core/database/prepare-database.js';
import { ensureAdminFromEnv } from './accounts/admin-bootstrap.js';
import { seedBaseData } from './seed/seed-base-data.js';
import { readSeedData } from './seed/seed-data.js';
import { seedDemoDiscussions } from './seed/seed-demo-discussions.js';
import { seedDemoPractices } from './seed/seed-demo-practices.js';

/** A start-up failure with a message meant for the person who started the app. */
export class StartupError extends Error {}

/** Opens the database (starting the embedded one if needed) and applies pending migrations. */
export async function openAndMigrate(config: AppConfig, logger: Logger): Promise<DatabaseTarget> {
  let target: DatabaseTarget;
  try {
    target = await openDatabaseTarget(config);
  } catch (error) {
    throw new StartupError(`cannot start the embedded database: ${describeDatabaseError(error)}`);
  }
  try {
    const { applied } = await runMigrations(target);
    logger.info({ database: target.description, applied }, applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');
  } catch (error) {
    await target.close();
    throw new StartupError(`cannot use the database (${target.description}): ${describeDatabaseError(error)}`);
  }
  return target;
}

/** Idempotent seed of the programme, municipalities and topics from the shipped data, plus example practices and discussions on demo instances. */
export async function seed(config: AppConfig, target: DatabaseTarget, logger: Logger): Promise<void> {
  const data = await readSeedData(config.seedDataDir);
  const report = await withDataSource(target, async (dataSource) => {
    const seeded = await seedBaseData(dataSource, data);
    // Example practices only where the instance is a demo (SEED_DEMO, `seed -- --no-demo`).
    const demoPracticesAdded = config.seedDemo ? await dataSource.transaction((tx) => seedDemoPractices(tx)) : 0;
    // After the practices: some example threads live on example practices.
    const demoThreadsAdded = config.seedDemo ? await dataSource.transaction((tx) => seedDemoDiscussions(tx)) : 0;
    const admin = await ensureAdminFromEnv(dataSource, config);
    if (admin) logger.warn(`created the first administrator ${config.adminEmail}; password link (valid 24 h): ${admin.link}`);
    // Seeded rows skip the services (no outbox events): the next start rebuilds the search index.
    if (seeded.municipalitiesAdded + demoPracticesAdded + demoThreadsAdded > 0) await dataSource.query(`DELETE FROM search_index_state`);
    return { ...seeded, demoPracticesAdded, demoThreadsAdded };
  });
  logger.info(report, 'seed data checked');
}
