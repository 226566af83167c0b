import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// Browser tests against the built app as `npm start` serves it: E2E_DATABASE_URL selects a
// PostgreSQL database (CI), otherwise a fresh embedded PGlite directory per run.
const port = Number(process.env.E2E_PORT ?? 3201);
/** Becomes the first administrator at start; the tests read the password link from the mail. */
const ADMIN_EMAIL = 'admin-e2e@example.org';
const MAIL_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3225);
const MAIL_HTTP_PORT = Number(process.env.E2E_MAIL_HTTP_PORT ?? 3226);
const databaseEnv = process.env.E2E_DATABASE_URL
  ? `DATABASE_URL=${process.env.E2E_DATABASE_URL}`
  : `PGLITE_DATA_DIR=${mkdtempSync(join(tmpdir(), 'praxisforum-e2e-'))}/pglite`;
/** Attachments uploaded by the tests go to a fresh directory, never ./data/files. */
const storageEnv = `STORAGE_DIR=${mkdtempSync(join(tmpdir(), 'praxisforum-e2e-files-'))}`;

export default defineConfig({
  testDir: './tests',
  testMatch: '**/*.e2e.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: test tools cannot download browsers on these machines.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      // Real SMTP for the app's mails; tests read what arrived over HTTP.
      command: `MAIL_SMTP_PORT=${MAIL_SMTP_PORT} MAIL_HTTP_PORT=${MAIL_HTTP_PORT} node mail-catcher.mjs`,
      url: `http://127.0.0.1:${MAIL_HTTP_PORT}/health`,
      timeout: 30_000,
      reuseExistingServer: false,
    },
    {
      command:
        `env -u DATABASE_URL ${databaseEnv} ${storageEnv} PORT=${port} LOG_LEVEL=warn OUTBOX_POLL_MS=200 ` +
        `SMTP_URL=smtp://127.0.0.1:${MAIL_SMTP_PORT} PUBLIC_URL=http://127.0.0.1:${port} ADMIN_EMAIL=${ADMIN_EMAIL} node ../../apps/api/dist/main.js`,
      url: `http://127.0.0.1:${port}/ready`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
