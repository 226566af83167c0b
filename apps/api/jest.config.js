// API tests: pure *.spec.ts beside the code, and *.int-spec.ts that call the real GraphQL endpoint
// against a real database (PostgreSQL when DATABASE_URL is set, else the embedded PGlite).
const embedded = !process.env.DATABASE_URL;

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2023',
        },
      },
    ],
  },
  moduleNameMapper: {
    '^@praxisforum/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@praxisforum/markdown$': '<rootDir>/../../libs/markdown/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  // PGlite serves one backend session: test files take turns. PostgreSQL runs them in parallel.
  maxWorkers: embedded ? 1 : '50%',
  // PGlite runs every statement of every test file through one WASM backend, and `npm test` runs the
  // web suite beside it: event-heavy tests (50 posts fanned out to notifications) need more time there.
  testTimeout: embedded ? 120_000 : 30_000,
};
