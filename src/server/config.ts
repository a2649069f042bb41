import net from 'node:net';
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
  /**
   * Serve the development mailbox (/dev/mailbox, /api/v1/dev/messages) over HTTP. Off, messages
   * are still recorded (table dev_messages) but nobody can read them through Kaidian.
   */
  devMailbox: boolean;
  /** The mailbox is served to other machines: every page says so. */
  devMailboxWarning: boolean;
  /** Whose X-Forwarded-For to believe: nobody (false), these proxies, or this many hops. */
  trustProxy: false | string[] | number;
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
  const publicUrl = parseUrl('PUBLIC_URL', env.PUBLIC_URL ?? `http://${urlHost(host)}:${port}`, [
    'http:',
    'https:',
  ]).replace(/\/+$/, '');
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
  const devMailbox = parseDevMailbox(env.DEV_MAILBOX, host, smtpUrl);
  return Object.freeze({
    port,
    host,
    publicUrl,
    dataDir,
    databaseUrl,
    smtpUrl,
    mailFrom,
    logLevel,
    devMailbox,
    devMailboxWarning: devMailbox && !isLoopbackHost(host),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  });
}

const LOOPBACK = new net.BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  const address = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (address === 'localhost') return true;
  const family = net.isIP(address);
  return family !== 0 && LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The mailbox shows every sign-in and reset code, so anyone who can read it can take over any
 * account: on by default only while Kaidian listens on loopback with no SMTP server.
 */
function parseDevMailbox(raw: string | undefined, host: string, smtpUrl: string | null): boolean {
  const value = raw?.trim().toLowerCase();
  if (value === 'on') return true;
  if (value === 'off') return false;
  if (value !== undefined && value !== '') {
    throw new ConfigError('DEV_MAILBOX', `must be on or off, got "${raw}"`);
  }
  if (smtpUrl !== null) return false;
  if (isLoopbackHost(host)) return true;
  throw new ConfigError(
    'DEV_MAILBOX',
    `HOST ${host} is reachable from other machines and SMTP_URL is not set, so every e-mail and SMS (sign-in and reset codes included) would be readable at /dev/mailbox; set SMTP_URL, or DEV_MAILBOX=on to accept that (DEV_MAILBOX=off records messages without serving them)`,
  );
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** Off by default: X-Forwarded-For from a client that is not our proxy is a lie we cannot check. */
function parseTrustProxy(raw: string | undefined): Config['trustProxy'] {
  const value = raw?.trim() ?? '';
  if (value === '' || value.toLowerCase() === 'off') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops < 1 || hops > 32) {
      throw new ConfigError('TRUST_PROXY', `a hop count must be from 1 to 32, got ${value}`);
    }
    return hops;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (!isProxyAddress(entry)) {
      throw new ConfigError(
        'TRUST_PROXY',
        `must be off, a hop count, or a comma-separated list of proxy addresses or CIDRs (like 10.0.0.1,192.168.0.0/16), got "${entry}"`,
      );
    }
  }
  return entries;
}

function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** How the listening address is written in a URL: a wildcard is this machine, IPv6 in brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return net.isIPv6(host) ? `[${host}]` : host;
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
