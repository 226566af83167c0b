import { resolve } from 'node:path';
import { ConfigError, DEV_UNSUBSCRIBE_SECRET, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('selects the embedded database when DATABASE_URL is unset, with data under ./data/', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.pgliteDataDir).toMatch(/\/data\/pglite$/);
    expect(config.port).toBe(3000);
    expect(config.seedDemo).toBe(true);
  });

  it('accepts postgres:// and postgresql:// URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/praxisforum' }).databaseUrl).toBe('postgres://u:p@db:5432/praxisforum');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/praxisforum' }).databaseUrl).toBe('postgresql://db/praxisforum');
  });

  it.each([
    ['not a url', /Invalid DATABASE_URL: expected postgres:\/\//],
    ['mysql://root@localhost/db', /scheme must be postgres:\/\//],
    ['postgres://localhost', /needs a host and a database name/],
  ])('refuses DATABASE_URL=%s with one clear line', (value, message) => {
    expect(() => loadConfig({ DATABASE_URL: value })).toThrow(ConfigError);
    try {
      loadConfig({ DATABASE_URL: value });
    } catch (error) {
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('refuses a wrong PORT, LOG_LEVEL, MEILI_HOST or SEED_DEMO naming the setting', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/Invalid PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/Invalid PORT/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/Invalid LOG_LEVEL/);
    expect(() => loadConfig({ MEILI_HOST: 'meili:7700' })).toThrow(/Invalid MEILI_HOST/);
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(/Invalid SEED_DEMO/);
  });

  it('selects Meilisearch only when MEILI_HOST is set, with the key from MEILI_MASTER_KEY', () => {
    expect(loadConfig({})).toMatchObject({ meiliHost: undefined, meiliApiKey: undefined });
    expect(loadConfig({ MEILI_MASTER_KEY: 'secret-key' }).meiliApiKey).toBeUndefined();
    const config = loadConfig({ MEILI_HOST: 'http://meilisearch:7700/', MEILI_MASTER_KEY: ' secret-key ' });
    expect(config).toMatchObject({ meiliHost: 'http://meilisearch:7700', meiliApiKey: 'secret-key' });
    expect(loadConfig({ MEILI_HOST: 'https://search.example.org' }).meiliApiKey).toBeUndefined();
    expect(() => loadConfig({ MEILI_HOST: 'ftp://meilisearch:7700' })).toThrow(/Invalid MEILI_HOST/);
  });

  it('keeps attachment files under ./data/files unless STORAGE_DIR says otherwise', () => {
    expect(loadConfig({}).storageDir).toMatch(/\/data\/files$/);
    expect(loadConfig({}).storageDir).toBe(resolve(loadConfig({}).pgliteDataDir, '../files'));
    expect(loadConfig({ STORAGE_DIR: '/srv/praxisforum/files' }).storageDir).toBe('/srv/praxisforum/files');
    expect(loadConfig({ STORAGE_DIR: 'uploads' }).storageDir).toBe(resolve(process.cwd(), 'uploads'));
    expect(loadConfig({ STORAGE_DIR: '  ' }).storageDir).toMatch(/\/data\/files$/);
  });

  it('takes the operator details for Impressum from the environment', () => {
    const config = loadConfig({ OPERATOR_NAME: 'Landkreis Muster', OPERATOR_EMAIL: 'info@example.org', SEED_DEMO: 'false' });
    expect(config.operator).toMatchObject({ name: 'Landkreis Muster', email: 'info@example.org' });
    expect(config.seedDemo).toBe(false);
  });

  it('requires UNSUBSCRIBE_SECRET in production and uses a development default elsewhere', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/UNSUBSCRIBE_SECRET is required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', UNSUBSCRIBE_SECRET: 'short' })).toThrow(/Invalid UNSUBSCRIBE_SECRET: use at least 32/);
    const secret = 'x'.repeat(40);
    expect(loadConfig({ NODE_ENV: 'production', UNSUBSCRIBE_SECRET: secret }).unsubscribeSecret).toBe(secret);
    expect(loadConfig({}).unsubscribeSecret).toBe(DEV_UNSUBSCRIBE_SECRET);
  });

  it('runs the notification digest every 15 minutes unless DIGEST_INTERVAL_MS says otherwise', () => {
    expect(loadConfig({}).digestIntervalMs).toBe(900_000);
    expect(loadConfig({ DIGEST_INTERVAL_MS: '60000' }).digestIntervalMs).toBe(60_000);
    expect(() => loadConfig({ DIGEST_INTERVAL_MS: 'soon' })).toThrow(/Invalid DIGEST_INTERVAL_MS/);
  });

  it('holds new accounts\' first posts with links unless HOLD_NEW_USER_LINKS is false', () => {
    expect(loadConfig({}).holdNewUserLinks).toBe(true);
    expect(loadConfig({ HOLD_NEW_USER_LINKS: 'false' }).holdNewUserLinks).toBe(false);
    expect(loadConfig({ HOLD_NEW_USER_LINKS: 'on' }).holdNewUserLinks).toBe(true);
    expect(() => loadConfig({ HOLD_NEW_USER_LINKS: 'sometimes' })).toThrow(/Invalid HOLD_NEW_USER_LINKS/);
  });

  it('builds a missing search index at start unless SEARCH_REBUILD_ON_START is false', () => {
    expect(loadConfig({}).searchRebuildOnStart).toBe(true);
    expect(loadConfig({ SEARCH_REBUILD_ON_START: 'false' }).searchRebuildOnStart).toBe(false);
    expect(() => loadConfig({ SEARCH_REBUILD_ON_START: 'later' })).toThrow(/Invalid SEARCH_REBUILD_ON_START/);
  });
});
