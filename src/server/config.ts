import path from 'node:path';

/** Everything the server reads from the environment, validated once at start. */
export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  /** null: run the embedded PostgreSQL under dataDir. */
  databaseUrl: string | null;
  /** null: e-mail goes to the built-in development mailbox. */
  smtpUrl: string | null;
  mailFrom: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Serve the development mailbox over HTTP (only while it is the e-mail transport). */
  devMailbox: boolean;
}

/** A bad setting: the message names it, so start-up can print one clear line. */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    problem: string,
  ) {
    super(`${setting}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const port = parsePort(env.PORT ?? '3000');
  const host = nonEmpty('HOST', env.HOST ?? '127.0.0.1');
  const publicUrl = parseUrl(
    'PUBLIC_URL',
    env.PUBLIC_URL ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    ['http:', 'https:'],
  ).replace(/\/+$/, '');
  const dataDir = path.resolve(cwd, nonEmpty('DATA_DIR', env.DATA_DIR ?? './data'));
  const databaseUrl = env.DATABASE_URL
    ? parseUrl('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:'])
    : null;
  const smtpUrl = env.SMTP_URL ? parseUrl('SMTP_URL', env.SMTP_URL, ['smtp:', 'smtps:']) : null;
  const mailFrom = parseMailFrom(
    env.MAIL_FROM ?? `Kaidian <no-reply@${new URL(publicUrl).hostname}>`,
  );
  const logLevel = (env.LOG_LEVEL ?? 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(
      'LOG_LEVEL',
      `must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`,
    );
  }
  return Object.freeze({
    port,
    host,
    publicUrl,
    dataDir,
    databaseUrl,
    smtpUrl,
    mailFrom,
    logLevel,
    devMailbox: smtpUrl === null,
  });
}

function nonEmpty(setting: string, value: string): string {
  if (value.trim() === '') throw new ConfigError(setting, 'must not be empty');
  return value.trim();
}

function parsePort(raw: string): number {
  if (!/^\d+$/.test(raw.trim())) {
    throw new ConfigError('PORT', `must be a whole number from 0 to 65535, got "${raw}"`);
  }
  const port = Number(raw);
  if (port > 65535) throw new ConfigError('PORT', `must be at most 65535, got ${port}`);
  return port;
}

function parseUrl(setting: string, raw: string, protocols: string[]): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(setting, `is not a valid URL ("${redact(raw)}")`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(
      setting,
      `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`,
    );
  }
  return raw;
}

function parseMailFrom(raw: string): string {
  const address = /<([^>]+)>\s*$/.exec(raw)?.[1] ?? raw;
  if (!/^[^\s@]+@[^\s@]+$/.test(address.trim())) {
    throw new ConfigError(
      'MAIL_FROM',
      `must be an address like "Shop <no-reply@example.com>", got "${raw}"`,
    );
  }
  return raw.trim();
}

/** Never echo a password from a connection string into logs. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
