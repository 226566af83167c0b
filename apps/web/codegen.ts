import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the web app's GraphQL operations, from the API's schema file (kept equal to the real
 * schema by an API test). Run `npm run codegen -w apps/web` after changing an operation or the
 * schema; src/graphql/generated.spec.ts fails while the committed file is stale.
 *
 * Paths are relative to apps/web (the working directory of the npm script and of Jest). The
 * documents are every source file outside specs, so a fragment is found wherever it is defined.
 */
const config: CodegenConfig = {
  schema: '../../libs/graphql-schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/**/*.spec.{ts,tsx}', '!src/test/**', '!src/graphql/generated.ts'],
  generates: {
    'src/graphql/generated.ts': {
      // Since typescript-operations 6 the plugin stands alone: it emits the enums and input types the
      // operations use. Adding the `typescript` plugin would declare them a second time.
      plugins: ['typescript-operations'],
      config: {
        // Enums as string unions (no runtime code), like `enumsAsTypes` of the `typescript` plugin.
        enumType: 'string-literal',
        // Apollo Client adds `__typename` to every selection set (not to the operation root), so the
        // data it hands out always carries it: typed as present, which test fixtures must follow.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        // ISO 8601 strings on the wire (the API's DateTime scalar).
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
