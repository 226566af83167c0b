// Serves a PGlite data directory over the PostgreSQL wire protocol on a loopback port.
// Runs in its own process so the WASM engine never blocks the API's event loop.
// Usage: node pglite-server.mjs <dataDir|memory://>; reports { port } over IPC when ready.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const dataDir = process.argv[2] ?? 'memory://';
const lockFile = dataDir.startsWith('memory://') ? undefined : `${dataDir.replace(/\/+$/, '')}.lock`;

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Reports to the parent if it is still there (it may have gone away during start-up). */
function report(message) {
  if (process.connected) process.send(message, (error) => error && process.exit(1));
}
// Writing to a vanished parent must not crash this process with an unhandled EPIPE.
process.on('error', () => {});

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// Two PGlite instances on one data directory would corrupt it (PGlite has no lock of its own).
// A holder that is shutting down (a restart) gets a few seconds to let go.
function takeLock() {
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8'));
      if (holder && processAlive(holder)) {
        if (attempt < 59) {
          sleep(100);
          continue;
        }
        report({ error: `the data directory ${dataDir} is in use by process ${holder} (is Praxisforum already running?)` });
        process.exit(1);
      }
      rmSync(lockFile, { force: true }); // stale lock of a process that died
    }
  }
}

if (lockFile) {
  mkdirSync(dataDir, { recursive: true });
  takeLock();
}
const releaseLock = () => lockFile && rmSync(lockFile, { force: true });
process.on('exit', releaseLock);

let db;
try {
  db = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent } });
} catch (error) {
  report({ error: `PGlite could not open ${dataDir}: ${error instanceof Error ? error.message : String(error)}` });
  process.exit(1);
}
// PGlite has one backend session; the server multiplexes clients onto it, which is only safe
// for the API's single pooled connection plus an occasional tool, so keep the limit small.
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
await server.start();
const port = Number(server.getServerConn().split(':').pop());
report({ port });

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  try {
    await server.stop();
    await db.close();
  } finally {
    process.exit(0);
  }
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
// The parent went away (crash or kill -9): close the data directory cleanly.
process.on('disconnect', () => void shutdown());
