/** Jest for the web app: babel-jest transpiles TS/JSX; jsdom with Node's fetch & co. */
export default {
  displayName: 'web',
  testEnvironment: 'jest-fixed-jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  transform: {
    '^.+\\.[jt]sx?$': [
      'babel-jest',
      {
        presets: [
          ['@babel/preset-env', { targets: { node: 'current' } }],
          ['@babel/preset-react', { runtime: 'automatic' }],
          '@babel/preset-typescript',
        ],
      },
    ],
  },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  moduleNameMapper: {
    '\\.(css)$': '<rootDir>/src/test/style-mock.cjs',
    '^@praxisforum/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@praxisforum/markdown$': '<rootDir>/../../libs/markdown/src/index.ts',
    // The shared lib's source imports its siblings with ESM '.js' suffixes.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};
