// npm run reindex   rebuilds the search index from the database (the source of truth)
import 'reflect-metadata';
import { openAndMigrate } from '../bootstrap.js';
import { withDataSource } from '../core/database/prepare-database.js';
import { type RebuildProgress, rebuildIndex, SearchDocumentSource } from '../search/index.js';
import { createSearchPort } from '../search/create-search-port.js';
import { progressLine } from './progress.js';
import { runCli } from './run-cli.js';

runCli(async (config, logger) => {
  const target = await openAndMigrate(config, logger);
  try {
    await withDataSource(target, async (dataSource) => {
      const port = createSearchPort(config, dataSource, logger);
      const started = performance.now();
      const tty = process.stderr.isTTY;
      let lastStep = '';
      const show = (p: RebuildProgress) => {
        const line = progressLine(p);
        const finished = p.done >= p.total;
        // A bar redrawn in place on a terminal (one line kept per kind); a line per tenth in logs and CI.
        if (tty) {
          process.stderr.write(`\r${line}${finished ? '\n' : ''}`);
          return;
        }
        const step = `${p.kind}:${finished ? 10 : Math.floor((p.done / p.total) * 10)}`;
        if (step !== lastStep) process.stderr.write(`${line}\n`);
        lastStep = step;
      };
      const documents = await rebuildIndex(port, new SearchDocumentSource(dataSource), dataSource, show);
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`reindex: ${documents} documents indexed with ${port.engine} in ${seconds.toFixed(1)} s\n`);
    });
  } finally {
    await target.close();
  }
});
