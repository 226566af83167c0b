import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

// Same relative location from src/core/database and dist/core/database.
const serverScript = fileURLToPath(new URL('../../../scripts/pglite-server.mjs', import.meta.url));

/**
 * Starts PGlite (PostgreSQL compiled to WASM) on a loopback port in a child process, so the API
 * talks to it with the ordinary `pg` driver, exactly as to a PostgreSQL server.
 */
export async function startEmbeddedPostgres(dataDir: string, timeoutMs = 60_000): Promise<EmbeddedPostgres> {
  const child: ChildProcess = fork(serverScript, [dataDir], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // Under `node --watch` (npm run dev) the child must not inherit the watch flags, nor the
    // variable that makes Node report loaded modules over IPC (it would write into our channel).
    execArgv: process.execArgv.filter((arg) => !arg.startsWith('--watch')),
    env: Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'WATCH_REPORT_DEPENDENCIES')),
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`embedded database did not start within ${timeoutMs / 1000} s`)), timeoutMs);
    child.once('message', (message: { port?: number; error?: string }) => {
      clearTimeout(timer);
      if (message.port) resolvePort(message.port);
      else reject(new Error(message.error ?? 'embedded database failed to start'));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded database exited with code ${code ?? 'unknown'} before it was ready`));
    });
  });
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      }),
  };
}
