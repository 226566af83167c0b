// npm run migrate            apply pending migrations
// npm run migrate -- --revert  undo the last one
import 'reflect-metadata';
import { openAndMigrate } from '../bootstrap.js';
import { openDatabaseTarget } from '../core/database/database-target.js';
import { revertLastMigration } from '../core/database/prepare-database.js';
import { runCli } from './run-cli.js';

runCli(async (config, logger) => {
  if (process.argv.includes('--revert')) {
    const target = await openDatabaseTarget(config);
    try {
      await revertLastMigration(target);
      logger.info({ database: target.description }, 'reverted the last migration');
    } finally {
      await target.close();
    }
    return;
  }
  const target = await openAndMigrate(config, logger);
  await target.close();
});
