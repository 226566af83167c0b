// Generates the benchmark data set (municipalities, users, practices with their relations) into the
// bench database. Usage: see README.md, "Generated data".
import { BENCH_DATABASE_URL, shownUrl } from './lib/bench-db.mjs';
import { DEFAULTS, generatePractices } from './lib/generate-practices.mjs';
import { parseCli } from './lib/harness.mjs';

const USAGE = `Usage: npm run bench:generate -- [options]
  --practices N        practices to generate (default ${DEFAULTS.practices})
  --municipalities N   municipalities in total: generated ones top up the seeded ones (default ${DEFAULTS.municipalities})
  --users N            generated accounts (authors, contacts, adopters; default ${DEFAULTS.users})
  --seed S             seed of the generator: same seed, same rows (default ${DEFAULTS.seed})
  --database-url URL   target database (default ${BENCH_DATABASE_URL}); loopback only and
                       named praxisforum_bench[_suffix]; DATABASE_URL is ignored on purpose
  --port N             port for the API start that migrates and seeds an empty database (default 3302)
  --force              generate again even if the database holds this data set already
  --reset              remove the generated rows (bench- slugs, bench-user- accounts) and stop`;

function fail(message) {
  console.error(`generate: ${message}`);
  process.exit(2);
}

const { values, integer } = parseCli(
  {
    practices: { type: 'string', default: String(DEFAULTS.practices) },
    municipalities: { type: 'string', default: String(DEFAULTS.municipalities) },
    users: { type: 'string', default: String(DEFAULTS.users) },
    seed: { type: 'string', default: String(DEFAULTS.seed) },
    'database-url': { type: 'string', default: BENCH_DATABASE_URL },
    port: { type: 'string', default: '3302' },
    force: { type: 'boolean', default: false },
    reset: { type: 'boolean', default: false },
  },
  USAGE,
  fail,
);
const options = {
  databaseUrl: values['database-url'],
  practices: integer('practices', 1, 200_000),
  municipalities: integer('municipalities', 0, 20_000),
  users: integer('users', 1, 100_000),
  seed: integer('seed', 0, 2 ** 31 - 1),
  apiPort: integer('port', 1024, 65535),
  force: values.force,
  reset: values.reset,
};

try {
  console.log(`generate: ${options.reset ? 'removing generated rows from' : 'target'} ${shownUrl(options.databaseUrl)}`);
  const result = await generatePractices(options);
  if (result.action === 'reset') {
    console.log(`generate: removed ${JSON.stringify(result.removed)} in ${result.seconds.toFixed(1)} s`);
  } else if (result.action === 'skipped') {
    console.log(
      `generate: already generated (${result.marker.practices} practices, ${result.marker.municipalities} municipalities, ` +
        `${result.marker.users} users, seed ${result.marker.seed}, at ${result.marker.generatedAt}); nothing to do. --force generates again.`,
    );
  } else {
    const t = result.timings;
    console.log(
      `generate: ${result.practices} practices (${result.published} published), ${result.municipalities.generated} municipalities ` +
        `(${result.municipalities.total} in total), ${result.users} users, ${result.topics} topic links, ${result.partners} partner links, ` +
        `${result.revisions} revisions, ${result.attachments} attachment rows, ${result.adoptions} adoptions; ` +
        `${(result.textBytes / 1e6).toFixed(0)} MB of practice JSON`,
    );
    console.log(
      `generate: ${result.seconds.toFixed(1)} s in total (building rows in JS ${t.build.toFixed(1)} s, practice INSERTs ${t.practices.toFixed(1)} s, ` +
        `child rows ${t.children.toFixed(1)} s, commit ${t.commit.toFixed(1)} s, VACUUM ANALYZE ${t.vacuumAnalyze.toFixed(1)} s` +
        `${Object.values(result.removed).some(Boolean) ? `, removing the previous data set ${t.remove.toFixed(1)} s` : ''})`,
    );
  }
} catch (error) {
  console.error(`generate: ${error.message}`);
  process.exitCode = 1;
}
