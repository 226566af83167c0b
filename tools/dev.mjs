// npm run dev: the API rebuilt and restarted on change, and Vite's dev server for the web app
// (http://localhost:5173, proxying /graphql to the API on :3000).
import { spawn } from 'node:child_process';

const children = [];
function run(command, args, cwd) {
  const child = spawn(command, args, { cwd, stdio: 'inherit', env: process.env });
  children.push(child);
  child.on('exit', (code) => {
    if (code) stop(code);
  });
  return child;
}
function stop(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());

// A fresh build first (Nx replays it from cache when nothing changed), so the first start never
// runs an outdated dist/ while the watcher is still compiling.
await new Promise((resolve, reject) =>
  spawn('npx', ['nx', 'run-many', '-t', 'build', '--projects=domain,markdown,api', '--output-style=static'], { stdio: 'inherit' }).on('exit', (c) =>
    c ? reject(new Error('build failed')) : resolve(),
  ),
);
run('npx', ['tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], 'apps/api');
run('node', ['--watch-path=dist', 'dist/main.js'], 'apps/api');
run('npx', ['vite'], 'apps/web');
