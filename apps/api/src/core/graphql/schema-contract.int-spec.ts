import { readFile, writeFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { projectRoot } from '../config/config.js';
import { startTestApp } from '../../../test/test-app.js';

/**
 * The schema is the contract with the web app: it is kept in libs/graphql-schema/schema.graphql,
 * where the web tests validate every operation against it. Regenerate with
 * `UPDATE_SCHEMA=1 npx nx test api -- schema-contract` after changing the API.
 */
describe('GraphQL schema contract', () => {
  it('matches the committed schema file', async () => {
    const t = await startTestApp();
    try {
      const printed = `${printSchema(t.app.get(GraphQLSchemaHost).schema)}\n`;
      const file = `${projectRoot()}/libs/graphql-schema/schema.graphql`;
      if (process.env.UPDATE_SCHEMA === '1') await writeFile(file, printed);
      expect(await readFile(file, 'utf8')).toBe(printed);
    } finally {
      await t.close();
    }
  });
});
