// npm run admin:create -- --email person@example.org [--name "Erika Muster"]
// Creates (or promotes) an administrator and prints a one-time link to set the password.
import 'reflect-metadata';
import { createOrPromoteAdmin } from '../accounts/admin-bootstrap.js';
import { normalizeEmail } from '../accounts/index.js';
import { openAndMigrate, StartupError } from '../bootstrap.js';
import { withDataSource } from '../core/database/prepare-database.js';
import { runCli } from './run-cli.js';

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

runCli(async (config, logger) => {
  const email = flag('email');
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new StartupError('usage: npm run admin:create -- --email person@example.org [--name "Display Name"]');
  const target = await openAndMigrate(config, logger);
  try {
    const { link, created } = await withDataSource(target, (dataSource) => createOrPromoteAdmin(dataSource, config, normalizeEmail(email), flag('name')));
    process.stdout.write(`${created ? 'Created' : 'Promoted'} administrator ${email}.\nSet the password within 24 hours: ${link}\n`);
  } finally {
    await target.close();
  }
});
