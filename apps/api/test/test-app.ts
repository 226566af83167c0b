import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type Logger, pino } from 'pino';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import { type AppConfig, loadConfig } from '../src/core/config/config.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface GraphQLClient {
  /** POSTs a GraphQL operation like the web app does (JSON, CSRF header, cookies). */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The cookie header this client sends (updated from Set-Cookie answers). */
  cookie: string;
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  dataSource: DataSource;
  /** Where this app stores attachment files: a fresh temporary directory (removed by close) unless overridden. */
  storageDir: string;
  /** A guest client: POSTs a GraphQL operation like the web app does. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** A client with its own cookie jar (a browser), optionally starting with a cookie. */
  client(cookie?: string): GraphQLClient;
  close(): Promise<void>;
}

function createClient(baseUrl: string, initialCookie = ''): GraphQLClient {
  const client: GraphQLClient = {
    cookie: initialCookie,
    async fetch(path, init = {}) {
      const response = await fetch(`${baseUrl}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), cookie: client.cookie } });
      for (const header of response.headers.getSetCookie()) {
        const [pair] = header.split(';');
        const [name, value] = pair.split('=');
        const others = client.cookie.split('; ').filter((c) => c && !c.startsWith(`${name}=`));
        const expired = /expires=Thu, 01 Jan 1970/i.test(header) || value === '';
        client.cookie = [...others, ...(expired ? [] : [pair])].join('; ');
      }
      return response;
    },
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await client.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-praxisforum-csrf': '1' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
  };
  return client;
}

/** Starts the real application on a free port against the test run's database. */
export async function startTestApp(overrides: Partial<AppConfig> = {}, logger?: Logger): Promise<TestApp> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global setup creates the database).');
  // Test accounts hash cheaply; the sign-in benchmark measures the real parameters.
  const storageDir = overrides.storageDir ?? mkdtempSync(join(tmpdir(), 'praxisforum-files-'));
  // The answer cache is off unless a test turns it on: tests write rows and read them back as guests
  // at once, while the cache hears of a commit a moment later (NOTIFY); answer-cache.int-spec covers it.
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), argon2: { memoryKib: 8192, timeCost: 1 }, outboxPollMs: 100, searchRebuildOnStart: false, answerCacheMb: 0, ...overrides, storageDir };
  const database = { url, embedded: process.env.TEST_DATABASE_EMBEDDED === '1', description: 'test database', close: () => Promise.resolve() };
  const app = await createApp({ config, database, logger: logger ?? pino({ level: process.env.TEST_LOG ?? 'silent' }) });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    baseUrl,
    dataSource: app.get(DataSource),
    storageDir,
    gql: (query, variables) => createClient(baseUrl).gql(query, variables),
    client: (cookie) => createClient(baseUrl, cookie),
    close: async () => {
      await app.close();
      if (!overrides.storageDir) rmSync(storageDir, { recursive: true, force: true });
    },
  };
}
