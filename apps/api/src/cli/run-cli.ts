import { type Logger } from 'pino';
import { StartupError } from '../bootstrap.js';
import { type AppConfig, ConfigError, loadConfig } from '../core/config/config.js';
import { createLogger } from '../core/logging/logger.js';

/** Shared frame of the command-line tools: config, logger, one-line failures. */
export function runCli(work: (config: AppConfig, logger: Logger) => Promise<void>) {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`praxisforum: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  work(config, logger).then(
    () => process.exit(0),
    (error: unknown) => {
      const known = error instanceof StartupError || error instanceof ConfigError;
      process.stderr.write(`praxisforum: ${known ? error.message : error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
