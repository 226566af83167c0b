import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The generated operation types are committed, so builds need no codegen step; this keeps them in
 * step with the operations and the schema.
 *
 * Codegen runs in a child Node process: the CJS build of @graphql-codegen/cli requires ESM-only
 * packages (yargs 18, listr2 10), which Jest's module system cannot load on Node 20. The child
 * uses the same programmatic API as the CLI (codegen.ts, `generate(context, false)`: no writing).
 */
const webRoot = resolve(__dirname, '../..');

const script = `
  import { generate, loadContext } from '@graphql-codegen/cli';
  const context = await loadContext('codegen.ts');
  context.updateConfig({ silent: true }); // stdout carries the result
  const outputs = await generate(context, false);
  process.stdout.write(JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content }))));
`;

function generatedOutputs(): { filename: string; content: string }[] {
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: webRoot,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { filename: string; content: string }[];
}

describe('generated GraphQL types', () => {
  it('are up to date with the operations and the schema', () => {
    const outputs = generatedOutputs();
    expect(outputs.map((output) => output.filename)).toEqual(['src/graphql/generated.ts']);

    const onDisk = readFileSync(resolve(webRoot, 'src/graphql/generated.ts'), 'utf8');
    if (outputs[0].content !== onDisk) {
      throw new Error('src/graphql/generated.ts is stale: run `npm run codegen -w apps/web` and commit the result.');
    }
  }, 60_000);
});
