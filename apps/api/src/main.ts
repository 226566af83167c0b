import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createApp } from './app.factory.js';
import { openAndMigrate, seed, StartupError } from './bootstrap.js';
import { ConfigError, loadConfig } from './core/config/config.js';
import { createLogger } from './core/logging/logger.js';

/** Start-up failures a person can fix get one clear line, not a stack trace. */
function fail(message: string): never {
  process.stderr.write(`praxisforum: ${message}\n`);
  process.exit(1);
}

async function main() {
  const startedAt = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const database = await openAndMigrate(config, logger);
  await seed(config, database, logger);

  const app = await createApp({ config, database, logger });
  try {
    await app.listen(config.port, config.host ?? '::');
  } catch (error) {
    await database.close();
    const code = (error as { code?: string }).code;
    fail(code === 'EADDRINUSE' ? `port ${config.port} is in use; set PORT to another port` : String(error));
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info(
    { database: database.description, startupMs: Math.round(performance.now() - startedAt) },
    `Praxisforum is ready at http://localhost:${port}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof StartupError || error instanceof ConfigError) fail(error.message);
  process.stderr.write(`praxisforum: unexpected start-up failure: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
