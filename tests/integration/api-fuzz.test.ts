import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composition } from '../../src/server/app-modules.ts';
import { ManualClock } from '../../src/server/clock.ts';
import { freshIp } from '../support/accounts.ts';
import type { TestApp } from '../support/app.ts';
import {
  createOperatorTestApp,
  insertMerchant,
  insertOperator,
  operatorSession,
} from '../support/operators.ts';

/**
 * Every operation of the API, read from its own OpenAPI document, sent malformed variants with no
 * session, a merchant's and an operator's. Whatever is sent, the answer is never a 5xx, and an
 * error is always `{ error: { code, message, details? } }` with a code from the catalogue.
 * Seeded and bounded: the same requests every run, about a minute on a small machine.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const VARIANTS_PER_OPERATION = Number(process.env.FUZZ_VARIANTS ?? 16);

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
  $ref?: string;
};

interface Operation {
  method: string;
  path: string;
  params: { name: string; in: string; schema: JsonSchema }[];
  body: JsonSchema | null;
  multipart: boolean;
}

interface Variant {
  label: string;
  url: string;
  payload?: string | Buffer;
  contentType?: string;
}

const ODD_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil\u202C',
  '\u200F\u200B\uFEFF',
  '😀👩‍👩‍👧‍👦',
  '𠜎𠜱𠝹',
  'x'.repeat(10_000),
  '../../etc/passwd',
  "'; DROP TABLE merchants; --",
  '<script>alert(1)</script>',
  '%00%ZZ',
  'NaN',
  '-0',
  '1e309',
  '9223372036854775808',
];
// Numbers as JSON text, so 1e309 reaches the server as written (it parses to Infinity there).
const ODD_NUMBERS = ['1e309', '-1e309', '-0', '9223372036854775808', '1.5', '-1', '0', '1e-400'];
const ODD_VALUES_JSON = [
  ...ODD_NUMBERS,
  ...ODD_STRINGS.slice(0, 12).map((text) => JSON.stringify(text)),
  '"NaN"',
  'null',
  'true',
  '[]',
  '{}',
  '[null]',
  '{"__proto__":{"polluted":true}}',
];
const ODD_PATH_SEGMENTS = [
  '%00',
  '%ZZ',
  '%',
  'a'.repeat(5000),
  '..%2F..%2Fetc%2Fpasswd',
  '..',
  '%F0%9F%98%80',
  '%ED%A0%80',
  '-0',
  '1e309',
  '9223372036854775808',
  '00000000-0000-0000-0000-000000000000',
  'NaN',
  '%20',
];
const ODD_COOKIES = [
  'kd_session=%00',
  `kd_session=${'a'.repeat(4000)}`,
  'kd_admin=%ZZ; lang=%E0%A4%A',
  'kd_session=; kd_session=x; lang=fr',
  'lang=zh-CN; kd_admin=00000000-0000-0000-0000-000000000000',
  '=; ;;=;',
];
const ODD_LANGUAGES = ['zh-CN;q=NaN', '*;q=1e309', ',,;', 'x'.repeat(500)];
const BROKEN_JSON = ['{"a":', '', '{', '[1,', '{"a":1}}', 'nul', '\u0000', '{"a":"\\ud800"}'];

/** Percent-encoding that survives lone surrogates: they go out as the invalid UTF-8 they are. */
function encodeOdd(text: string): string {
  return Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`;
    }
    return encodeURIComponent(char);
  }).join('');
}

function mulberry32(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  // Odd Unicode from fast-check: any code point, lone surrogates included.
  private readonly strings: string[];
  constructor(seed: number) {
    this.next = mulberry32(seed);
    this.strings = fc.sample(fc.string({ unit: 'binary', maxLength: 24 }), { seed, numRuns: 200 });
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  oddString(): string {
    return this.chance(0.5) ? this.pick(ODD_STRINGS) : this.pick(this.strings);
  }
  // Ids the app has answered with, so that some requests name things that exist and get past
  // the "not found" to the code behind it.
  readonly ids: string[] = [];
  remember(body: string): void {
    for (const id of body.match(UUID) ?? []) {
      if (!this.ids.includes(id)) this.ids.push(id);
    }
    if (this.ids.length > 300) this.ids.splice(0, this.ids.length - 300);
  }
  uuid(): string {
    return this.ids.length > 0 && this.chance(0.7)
      ? this.pick(this.ids)
      : '5f1c2b9a-3d4e-4f60-8a7b-9c0d1e2f3a4b';
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

function resolve(schema: JsonSchema, document: { components?: { schemas?: object } }): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').pop() as string;
  return (document.components?.schemas as Record<string, JsonSchema>)?.[name] ?? {};
}

/** A value the schema accepts, or near enough: the base that one mutation is then applied to. */
function plausible(schema: JsonSchema, random: Random, depth = 0): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return random.pick(schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return plausible(random.pick(choices), random, depth + 1);
  if (schema.default !== undefined && random.chance(0.3)) return schema.default;
  const type = Array.isArray(schema.type) ? random.pick(schema.type) : schema.type;
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(schema.properties ?? {})) {
        if (depth < 6 && (schema.required?.includes(key) || random.chance(0.5))) {
          value[key] = plausible(inner, random, depth + 1);
        }
      }
      return value;
    }
    case 'array':
      return depth < 6 && schema.items
        ? Array.from({ length: random.int(3) }, () =>
            plausible(schema.items as JsonSchema, random, depth + 1),
          )
        : [];
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 0, Math.min(schema.maximum ?? 100, random.int(100)));
    case 'boolean':
      return random.chance(0.5);
    case 'null':
      return null;
    case 'string':
      return plausibleString(schema, random);
    default:
      return null;
  }
}

function plausibleString(schema: JsonSchema, random: Random): string {
  switch (schema.format) {
    case 'uuid':
      return random.uuid();
    case 'email':
      return `fuzz${random.int(1e6)}@example.com`;
    case 'date-time':
      return new Date(Date.UTC(2026, random.int(12), 1 + random.int(28))).toISOString();
    case 'date':
      return '2030-06-30';
    default:
      return 'sample'
        .slice(0, Math.max(schema.maxLength ?? 6, 1))
        .padEnd(schema.minLength ?? 0, 'x');
  }
}

/** Replace one value somewhere inside `value` (or the whole of it) with raw JSON text. */
function mutateJson(value: unknown, random: Random): string {
  const paths: (string | number)[][] = [[]];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (node && typeof node === 'object') {
      for (const [key, inner] of Object.entries(node)) {
        const innerPath = [...path, Array.isArray(node) ? Number(key) : key];
        paths.push(innerPath);
        walk(inner, innerPath);
      }
    }
  };
  walk(value, []);
  const target = random.pick(paths);
  const marker = `__FUZZ_${random.int(1e9)}__`;
  if (target.length === 0) return random.pick(ODD_VALUES_JSON);
  let parent = value as Record<string | number, unknown>;
  for (const key of target.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[target.at(-1) as string | number] = marker;
  const oddValue = random.chance(0.4)
    ? JSON.stringify(random.oddString())
    : random.pick(ODD_VALUES_JSON);
  return JSON.stringify(value).replace(JSON.stringify(marker), oddValue);
}

function buildUrl(operation: Operation, random: Random, oddPath: boolean, oddQuery: boolean) {
  let url = operation.path;
  const pathParams = operation.params.filter((param) => param.in === 'path');
  const oddIndex = oddPath ? random.int(pathParams.length) : -1;
  pathParams.forEach((param, index) => {
    const segment =
      index === oddIndex
        ? random.pick(ODD_PATH_SEGMENTS)
        : encodeOdd(String(plausible(param.schema, random)));
    url = url.replace(`{${param.name}}`, segment);
  });
  const query: string[] = [];
  for (const param of operation.params.filter((p) => p.in === 'query')) {
    if (oddQuery && random.chance(0.6)) {
      const odd = random.chance(0.5) ? random.pick(ODD_NUMBERS) : random.oddString();
      query.push(`${param.name}=${encodeOdd(odd)}`);
      if (random.chance(0.2)) query.push(`${param.name}=${encodeOdd(odd)}`);
    } else if (random.chance(0.5)) {
      query.push(`${param.name}=${encodeOdd(String(plausible(param.schema, random)))}`);
    }
  }
  if (oddQuery && random.chance(0.3)) query.push(`extra%00=${encodeOdd(random.oddString())}`);
  return query.length > 0 ? `${url}?${query.join('&')}` : url;
}

function brokenMultipart(random: Random): { payload: Buffer; contentType: string } {
  const boundary = `fuzz${random.int(1e9)}`;
  const whole = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nkyc\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n<html>\r\n--${boundary}--\r\n`,
  );
  return random.pick([
    {
      payload: whole.subarray(0, 60 + random.int(80)),
      contentType: `multipart/form-data; boundary=${boundary}`,
    },
    { payload: whole, contentType: 'multipart/form-data' },
    { payload: whole, contentType: 'multipart/form-data; boundary=somethingelse' },
    {
      payload: Buffer.from(random.oddString()),
      contentType: `multipart/form-data; boundary=${boundary}`,
    },
    { payload: whole, contentType: `multipart/form-data; boundary="${'b'.repeat(200)}"` },
    { payload: whole, contentType: 'multipart/mixed; boundary=x' },
  ]);
}

function variantsFor(operation: Operation, random: Random): Variant[] {
  const variants: Variant[] = [];
  const hasPath = operation.params.some((param) => param.in === 'path');
  const hasQuery = operation.params.some((param) => param.in === 'query');
  const sendsBody = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(operation.method);
  for (let index = 0; index < VARIANTS_PER_OPERATION; index += 1) {
    const oddPath = hasPath && random.chance(0.35);
    const oddQuery = hasQuery && random.chance(0.6);
    const url = buildUrl(operation, random, oddPath, oddQuery);
    if (!sendsBody) {
      variants.push({ label: 'url', url });
      continue;
    }
    const kind = random.int(10);
    if (operation.multipart || kind === 0) {
      variants.push({ label: 'broken multipart', url, ...brokenMultipart(random) });
    } else if (kind === 1) {
      variants.push({
        label: 'broken json',
        url,
        payload: random.pick(BROKEN_JSON),
        contentType: 'application/json',
      });
    } else if (kind === 2) {
      variants.push({
        label: 'wrong content type',
        url,
        payload: '<a/>',
        contentType: random.pick([
          'application/xml',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=utf-16',
        ]),
      });
    } else {
      const base = operation.body ? plausible(operation.body, random) : {};
      const extra =
        kind === 3 && base && typeof base === 'object'
          ? { ...base, 'extra\u0000': 1, __proto__x: random.oddString() }
          : base;
      const payload = kind === 4 ? '{}' : mutateJson(extra, random);
      variants.push({ label: 'mutated body', url, payload, contentType: 'application/json' });
    }
  }
  return variants;
}

function readOperations(document: {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components?: { schemas?: object };
}): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, spec] of Object.entries(methods)) {
      const content = (spec.requestBody as { content?: Record<string, { schema: JsonSchema }> })
        ?.content;
      const params = ((spec.parameters ?? []) as Operation['params']).map((param) => ({
        ...param,
        schema: resolve(param.schema ?? {}, document),
      }));
      operations.push({
        method: method.toUpperCase(),
        path,
        params,
        body: content?.['application/json']
          ? resolve(content['application/json'].schema, document)
          : null,
        multipart: path === '/api/v1/uploads' && method === 'post',
      });
    }
  }
  // Pages outside the API document that take input in their path.
  const slug = { name: 'slug', in: 'path', schema: { type: 'string', maxLength: 100 } };
  const uploadId = { name: 'uploadId', in: 'path', schema: { type: 'string', format: 'uuid' } };
  const q = { name: 'q', in: 'query', schema: { type: 'string', maxLength: 100 } };
  operations.push(
    { method: 'GET', path: '/s/{slug}', params: [slug, q], body: null, multipart: false },
    {
      method: 'GET',
      path: '/s/{slug}/media/{uploadId}',
      params: [slug, uploadId],
      body: null,
      multipart: false,
    },
  );
  return operations;
}

const KNOWN_CODES = new Set(Object.keys(composition.errors));

/** What is wrong with an answer, or null when it keeps the rules. */
function problemWith(response: LightMyRequestResponse, url: string): string | null {
  if (response.statusCode >= 500) return `answered ${response.statusCode}`;
  if (response.statusCode < 400) return null;
  const type = String(response.headers['content-type'] ?? '');
  const isApi = url.startsWith('/api/');
  if (!type.startsWith('application/json')) {
    return isApi ? `error as ${type || 'no content type'}` : null;
  }
  let body: unknown;
  try {
    body = response.json();
  } catch {
    return 'error body is not JSON';
  }
  const error = (body as { error?: Record<string, unknown> }).error;
  const keys = Object.keys(body as object);
  if (!error || keys.length !== 1)
    return `error body outside the shape: ${response.body.slice(0, 200)}`;
  const extra = Object.keys(error).filter((key) => !['code', 'message', 'details'].includes(key));
  if (typeof error.code !== 'string' || typeof error.message !== 'string' || extra.length > 0) {
    return `error body outside the shape: ${response.body.slice(0, 200)}`;
  }
  if (!KNOWN_CODES.has(error.code)) return `unknown error code ${error.code}`;
  return null;
}

describe('the API under malformed input', () => {
  const clock = new ManualClock(new Date());
  let testApp: TestApp;
  let operatorCookie: () => Promise<string>;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    const operator = await insertOperator(testApp, ['admin', 'reviewer', 'finance']);
    operatorCookie = operatorSession(testApp, clock, operator);
  });
  afterAll(() => testApp.close());

  it('never answers 5xx, and every error is { error: { code, message, details? } }', {
    timeout: 180_000,
  }, async () => {
    const document = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const operations = readOperations(document);
    expect(operations.length).toBeGreaterThan(50);
    const random = new Random(SEED);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const operation of operations) {
      // Sessions are fresh for each operation: one variant may sign out or revoke the session.
      const merchant = await insertMerchant(testApp);
      random.remember(merchant.id);
      const sessions = {
        none: undefined,
        merchant: merchant.cookie,
        operator: await operatorCookie(),
      };
      for (const variant of variantsFor(operation, random)) {
        for (const [who, cookie] of Object.entries(sessions)) {
          const headers: Record<string, string> = {};
          if (cookie) headers.cookie = cookie;
          else if (random.chance(0.3)) {
            // No live session, but odd cookies and languages: forged, overlong, undecodable.
            headers.cookie = random.pick(ODD_COOKIES);
            headers['accept-language'] = random.pick(ODD_LANGUAGES);
          }
          if (variant.contentType) headers['content-type'] = variant.contentType;
          // Half as a browser on the same origin would send it (CSRF checks), half as a script.
          if (random.chance(0.5)) {
            headers.origin = 'http://localhost:3000';
            headers['sec-fetch-site'] = 'same-origin';
          }
          const response = await testApp.app.inject({
            method: operation.method as 'GET',
            url: variant.url,
            headers,
            remoteAddress: freshIp(),
            ...(variant.payload === undefined ? {} : { payload: variant.payload }),
          });
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          if (response.statusCode < 300) random.remember(response.body);
          const problem = problemWith(response, variant.url);
          if (problem) {
            failures.push(
              `${operation.method} ${variant.url.slice(0, 160)} [${who}, ${variant.label}` +
                `${variant.payload === undefined ? '' : `: ${String(variant.payload).slice(0, 120)}`}] ${problem}`,
            );
          }
        }
      }
    }
    const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    expect(total).toBeGreaterThan(operations.length * VARIANTS_PER_OPERATION);
    // Enough of it reached the handlers to mean something, not only the 401 and 400 gates.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(failures.slice(0, 30)).toEqual([]);
  });
});
