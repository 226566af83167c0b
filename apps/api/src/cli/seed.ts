// npm run seed               programme, municipalities, topics (and example content)
// npm run seed -- --no-demo  without example content (production)
import 'reflect-metadata';
import { openAndMigrate, seed } from '../bootstrap.js';
import { runCli } from './run-cli.js';

runCli(async (config, logger) => {
  const demo = !process.argv.includes('--no-demo') && config.seedDemo;
  const target = await openAndMigrate(config, logger);
  try {
    await seed({ ...config, seedDemo: demo }, target, logger);
  } finally {
    await target.close();
  }
});
