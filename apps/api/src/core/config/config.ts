import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Thrown for a wrong setting; main prints its message as one line and exits. */
export class ConfigError extends Error {}

export interface OperatorConfig {
  name: string;
  street?: string;
  postalCode?: string;
  city?: string;
  email?: string;
  phone?: string;
  representedBy?: string;
}

export interface AppConfig {
  port: number;
  host?: string;
  /** PostgreSQL connection string; undefined selects the embedded PGlite database. */
  databaseUrl?: string;
  pgliteDataDir: string;
  /** Meilisearch URL (MEILI_HOST); set, it selects Meilisearch for search with PostgreSQL search as fallback. */
  meiliHost?: string;
  /** Key the API sends to Meilisearch (MEILI_MASTER_KEY); only read from the environment, never logged. */
  meiliApiKey?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  webDistDir: string;
  seedDataDir: string;
  /** Whether example content is seeded and the UI says this is a demo instance. */
  seedDemo: boolean;
  operator: OperatorConfig;
  privacyOfficerEmail?: string;
  accessibilityContactEmail?: string;
  supervisoryAuthority?: string;
  /** Base URL of the site as users reach it, for links in e-mails. */
  publicUrl: string;
  /** SMTP connection (smtp://user:pass@host:587); undefined writes mails to the log and the dev mailbox. */
  smtpUrl?: string;
  mailFrom: string;
  sessionIdleDays: number;
  sessionAbsoluteDays: number;
  /** Express "trust proxy": how many proxies in front of the app set X-Forwarded-For. */
  trustProxy: number;
  argon2: { memoryKib: number; timeCost: number };
  /** Creates this admin at first start if no admin exists (a password link is mailed). */
  adminEmail?: string;
  /** How often the outbox worker looks for due messages (ms). */
  outboxPollMs: number;
  /** Directory of the local file storage (attachments). */
  storageDir: string;
  /** Signs one-click unsubscribe links in notification e-mails (HMAC-SHA256). */
  unsubscribeSecret: string;
  /** How often the notification digest job looks for people whose daily/weekly digest is due (ms). */
  digestIntervalMs: number;
  /** Hold the first posts with links of new accounts for moderator review (HOLD_NEW_USER_LINKS, default true). */
  holdNewUserLinks: boolean;
  /** Build the search index in the background at start when it was never built for this engine (SEARCH_REBUILD_ON_START, default true). */
  searchRebuildOnStart: boolean;
  /** Memory for guests' finished thread pages, in MiB (ANSWER_CACHE_MB, default 32; 0 = off; PostgreSQL only). */
  answerCacheMb: number;
}

/** The repository root, found from this file's location (src/ or dist/ of apps/api). */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

type Env = Record<string, string | undefined>;

function optional(env: Env, key: string): string | undefined {
  const value = env[key]?.trim();
  return value ? value : undefined;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`Invalid PORT "${raw}": expected a whole number between 0 and 65535.`);
  }
  return port;
}

function parseDatabaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('Invalid DATABASE_URL: expected postgres://user:password@host:5432/database (or leave it unset for the embedded database).');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`Invalid DATABASE_URL: the scheme must be postgres:// or postgresql://, not ${url.protocol}//.`);
  }
  if (!url.hostname || url.pathname.length <= 1) {
    throw new ConfigError('Invalid DATABASE_URL: it needs a host and a database name, e.g. postgres://user@localhost:5432/praxisforum.');
  }
  return raw.trim();
}

function parseHttpUrl(key: string, raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString().replace(/\/$/, '');
  } catch {
    /* reported below */
  }
  throw new ConfigError(`Invalid ${key} "${raw}": expected an http:// or https:// URL.`);
}

function parseInteger(key: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`Invalid ${key} "${raw}": expected a whole number between ${min} and ${max}.`);
  }
  return value;
}

function parseSmtpUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol === 'smtp:' || url.protocol === 'smtps:') return raw.trim();
  } catch {
    /* reported below */
  }
  throw new ConfigError('Invalid SMTP_URL: expected smtp://user:password@host:587 or smtps://… (or leave it unset to log mails).');
}

function parseBoolean(key: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`Invalid ${key} "${raw}": expected true or false.`);
}

/**
 * Development default for UNSUBSCRIBE_SECRET. Only used outside production (NODE_ENV=production,
 * as the Docker image sets it, requires a real secret): on a laptop, forged unsubscribe links
 * could only switch off e-mails of a local test account.
 */
export const DEV_UNSUBSCRIBE_SECRET = 'praxisforum-development-unsubscribe-secret-not-for-production';
const SECRET_MIN_LENGTH = 32;

function parseUnsubscribeSecret(env: Env): string {
  const value = optional(env, 'UNSUBSCRIBE_SECRET');
  if (value) {
    if (value.length < SECRET_MIN_LENGTH) {
      throw new ConfigError(`Invalid UNSUBSCRIBE_SECRET: use at least ${SECRET_MIN_LENGTH} random characters (e.g. openssl rand -base64 48).`);
    }
    return value;
  }
  if (optional(env, 'NODE_ENV') === 'production') {
    throw new ConfigError('UNSUBSCRIBE_SECRET is required in production: set it to at least 32 random characters (e.g. openssl rand -base64 48).');
  }
  return DEV_UNSUBSCRIBE_SECRET;
}

/** Reads and validates all settings from the environment; throws ConfigError on the first wrong one. */
export function loadConfig(env: Env = process.env): AppConfig {
  const root = projectRoot();
  const logLevel = (optional(env, 'LOG_LEVEL') ?? 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`Invalid LOG_LEVEL "${logLevel}": expected one of ${LOG_LEVELS.join(', ')}.`);
  }
  const meiliHost = parseHttpUrl('MEILI_HOST', env.MEILI_HOST);
  const port = parsePort(env.PORT);
  const adminEmail = optional(env, 'ADMIN_EMAIL')?.toLowerCase();
  if (adminEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) throw new ConfigError(`Invalid ADMIN_EMAIL "${adminEmail}".`);
  const pathSetting = (key: string, fallback: string) => {
    const value = optional(env, key);
    return value ? (isAbsolute(value) ? value : resolve(process.cwd(), value)) : fallback;
  };
  return {
    port,
    host: optional(env, 'HOST'),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    pgliteDataDir: pathSetting('PGLITE_DATA_DIR', resolve(root, 'data/pglite')),
    meiliHost,
    // A key without a host selects nothing: it is ignored rather than kept around.
    meiliApiKey: meiliHost ? optional(env, 'MEILI_MASTER_KEY') : undefined,
    logLevel,
    webDistDir: pathSetting('WEB_DIST_DIR', resolve(root, 'apps/web/dist')),
    seedDataDir: pathSetting('SEED_DATA_DIR', resolve(root, 'tools/seed/data')),
    seedDemo: parseBoolean('SEED_DEMO', env.SEED_DEMO, true),
    operator: {
      name: optional(env, 'OPERATOR_NAME') ?? 'Praxisforum',
      street: optional(env, 'OPERATOR_STREET'),
      postalCode: optional(env, 'OPERATOR_POSTAL_CODE'),
      city: optional(env, 'OPERATOR_CITY'),
      email: optional(env, 'OPERATOR_EMAIL'),
      phone: optional(env, 'OPERATOR_PHONE'),
      representedBy: optional(env, 'OPERATOR_REPRESENTED_BY'),
    },
    privacyOfficerEmail: optional(env, 'PRIVACY_OFFICER_EMAIL'),
    accessibilityContactEmail: optional(env, 'ACCESSIBILITY_CONTACT_EMAIL'),
    supervisoryAuthority: optional(env, 'SUPERVISORY_AUTHORITY'),
    publicUrl: parseHttpUrl('PUBLIC_URL', env.PUBLIC_URL) ?? `http://localhost:${port || 3000}`,
    smtpUrl: parseSmtpUrl(env.SMTP_URL),
    mailFrom: optional(env, 'MAIL_FROM') ?? 'Praxisforum <no-reply@praxisforum.invalid>',
    sessionIdleDays: parseInteger('SESSION_IDLE_DAYS', env.SESSION_IDLE_DAYS, 7, 1, 90),
    sessionAbsoluteDays: parseInteger('SESSION_ABSOLUTE_DAYS', env.SESSION_ABSOLUTE_DAYS, 30, 1, 365),
    trustProxy: parseInteger('TRUST_PROXY', env.TRUST_PROXY, 0, 0, 10),
    argon2: {
      memoryKib: parseInteger('ARGON2_MEMORY_KIB', env.ARGON2_MEMORY_KIB, 65536, 8192, 1048576),
      timeCost: parseInteger('ARGON2_TIME_COST', env.ARGON2_TIME_COST, 3, 1, 10),
    },
    adminEmail,
    outboxPollMs: parseInteger('OUTBOX_POLL_MS', env.OUTBOX_POLL_MS, 1000, 50, 60000),
    storageDir: pathSetting('STORAGE_DIR', resolve(root, 'data/files')),
    unsubscribeSecret: parseUnsubscribeSecret(env),
    digestIntervalMs: parseInteger('DIGEST_INTERVAL_MS', env.DIGEST_INTERVAL_MS, 15 * 60_000, 1000, 24 * 3_600_000),
    holdNewUserLinks: parseBoolean('HOLD_NEW_USER_LINKS', env.HOLD_NEW_USER_LINKS, true),
    searchRebuildOnStart: parseBoolean('SEARCH_REBUILD_ON_START', env.SEARCH_REBUILD_ON_START, true),
    answerCacheMb: parseInteger('ANSWER_CACHE_MB', env.ANSWER_CACHE_MB, 32, 0, 4096),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
