import 'reflect-metadata';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import { type AppConfig, loadConfig } from '../src/core/config/config.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  dataSource: DataSource;
  /** POSTs a GraphQL operation like a browser client would. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Starts the real application on a free port against the test run's database. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global setup creates the database).');
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), ...overrides };
  const database = { url, embedded: process.env.TEST_DATABASE_EMBEDDED === '1', description: 'test database', close: () => Promise.resolve() };
  const app = await createApp({ config, database, logger: pino({ level: 'silent' }) });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    baseUrl,
    dataSource: app.get(DataSource),
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    close: () => app.close(),
  };
}
