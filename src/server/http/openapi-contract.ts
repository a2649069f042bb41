import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { FastifySchema, RouteOptions } from 'fastify';
import type { ErrorLookup } from '../errors.ts';

/**
 * What `/api/openapi.json` promises a generated client (openapi-typescript, openapi-generator)
 * beyond the route schemas: which credential each operation takes, a stable operationId, and the
 * error responses it can give in the one error shape. All of it is read from what the route does
 * (its guard, its inputs, its method), so a new route is documented right without a list to keep.
 */

/** Who may call a route, as its guard enforces it: a session cookie, and maybe some roles. */
export interface RouteAccess {
  scheme: keyof typeof SESSION_SCHEMES;
  cookie: string;
  /** Operator roles of which the caller needs one; empty for any. */
  roles: string[];
}

const SESSION_SCHEMES = {
  merchantSession: 'A merchant session: set by sign-up, login or login with a code.',
  operatorSession: 'An operator session of the console: set by POST /api/v1/admin/auth/login.',
};

/** A credential a route checks itself instead of a session: a provider's signature header. */
export interface HeaderCredential {
  scheme: string;
  header: string;
  description: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Named in the API document as the route's security scheme. */
    credential?: HeaderCredential;
    /**
     * The domain error codes the route answers beyond what the shared machinery gives (a 409
     * conflict, a 422 rule, a 429 limit): each becomes a response of its status in the API
     * document, with both messages. In tests the error handler refuses to answer a 409, 422 or
     * 429 code the route did not list (see undeclaredError), so the list cannot fall behind.
     */
    errors?: readonly string[];
  }
}

const ACCESS = new WeakMap<object, RouteAccess>();

/** Tell the API document that a guard lets through a live session of `scheme`; returns the guard. */
export function declareSession<Guard extends object>(
  scheme: RouteAccess['scheme'],
  cookie: string,
  guard: Guard,
): Guard {
  ACCESS.set(guard, { scheme, cookie, roles: [] });
  return guard;
}

/** …and that `guard` lets through what `sessionGuard` does, for operators holding one of `roles`. */
export function declareRoles<Guard extends object>(
  sessionGuard: object,
  roles: string[],
  guard: Guard,
): Guard {
  const access = ACCESS.get(sessionGuard);
  if (access) ACCESS.set(guard, { ...access, roles });
  return guard;
}

const ERROR_SCHEMA = {
  type: 'object',
  description: 'Every error: `code` is stable, `message` is in the language of the request.',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', examples: ['validation.failed'] },
        message: { type: 'string' },
        details: {
          description:
            'For validation errors, one entry per field: { field, rule, message }; otherwise what the code names.',
        },
      },
    },
  },
};
const ERROR_REF = { $ref: '#/components/schemas/Error' };
const ERRORS_KEY = 'x-kaidian-errors';
const DECLARED_KEY = 'x-kaidian-declared-errors';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Options for @fastify/swagger that make the document a contract (spread them into its options). */
export function openapiContract(catalog: ErrorLookup) {
  return {
    transform: ({ schema, url, route, ...documentObject }) => {
      // The schemes go in before the operations that name them: swagger looks them up as it goes.
      if ('openapiObject' in documentObject) declareSchemes(documentObject.openapiObject, route);
      if (schema?.hide) return { schema, url };
      const method = primaryMethod(route);
      const access = routeAccess(route);
      const documented: FastifySchema & Record<string, unknown> = {
        ...schema,
        operationId: schema?.operationId ?? operationIdFor(method, url),
        security: schema?.security ?? securityFor(access, route),
        [ERRORS_KEY]: errorsFor(method, url, schema, access, route),
        [DECLARED_KEY]: declaredErrors(catalog, route),
      };
      return { schema: documented, url };
    },
    transformObject: (documentObject) => {
      if (!('openapiObject' in documentObject)) return documentObject.swaggerObject;
      const document = documentObject.openapiObject as OpenApiDocument;
      document.components = {
        ...document.components,
        schemas: { ...document.components?.schemas, Error: ERROR_SCHEMA },
      };
      const seen = new Map<string, string>();
      for (const [path, item] of Object.entries(document.paths ?? {})) {
        for (const [method, operation] of Object.entries(item)) {
          if (!isOperation(operation)) continue;
          const where = `${method.toUpperCase()} ${path}`;
          const clash = seen.get(operation.operationId);
          if (clash) throw new Error(`operationId ${operation.operationId}: ${clash} and ${where}`);
          seen.set(operation.operationId, where);
          addErrorResponses(operation);
        }
      }
      return document;
    },
  } satisfies Pick<FastifyDynamicSwaggerOptions, 'transform' | 'transformObject'>;
}

function declareSchemes(document: { components?: object }, route: RouteOptions): void {
  const components: { securitySchemes?: Record<string, object> } = document.components ?? {};
  document.components = components;
  const access = routeAccess(route);
  const credential = route.config?.credential;
  components.securitySchemes = {
    ...components.securitySchemes,
    ...(access && {
      [access.scheme]: {
        type: 'apiKey',
        in: 'cookie',
        name: access.cookie,
        description: SESSION_SCHEMES[access.scheme],
      },
    }),
    ...(credential && {
      [credential.scheme]: {
        type: 'apiKey',
        in: 'header',
        name: credential.header,
        description: credential.description,
      },
    }),
  };
}

function primaryMethod(route: RouteOptions): string {
  const methods = [route.method].flat().filter((method) => method !== 'HEAD');
  return (methods[0] ?? 'GET').toUpperCase();
}

/** The guard a route lists, wherever it sits (session-auth moves guards to onRequest). */
function routeAccess(route: RouteOptions): RouteAccess | null {
  for (const phase of ['onRequest', 'preParsing', 'preValidation', 'preHandler'] as const) {
    for (const hook of [route[phase] ?? []].flat()) {
      const access = ACCESS.get(hook as object);
      if (access) return access;
    }
  }
  return null;
}

function securityFor(access: RouteAccess | null, route: RouteOptions) {
  const scheme = access?.scheme ?? route.config?.credential?.scheme;
  // An empty list says "no credential" outright: sign-up, login, the storefront, health checks.
  return scheme ? [{ [scheme]: [] }] : [];
}

/**
 * `getMeStore`, `postAdminPaymentsIdConfirm`: the method and the path after /api/v1 in camelCase.
 * Clients name their functions after it, so it changes only when the path does.
 */
export function operationIdFor(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v\d+(?=\/|$)/, '')
    .split(/[/{}:\-_.]+/)
    .filter(Boolean);
  return [
    method.toLowerCase(),
    ...words.map((word) => word[0]?.toUpperCase() + word.slice(1)),
  ].join('');
}

type ErrorStatus = 400 | 401 | 403 | 404;

/** The error statuses the shared machinery gives this route, each with why. */
function errorsFor(
  method: string,
  url: string,
  schema: FastifySchema | undefined,
  access: RouteAccess | null,
  route: RouteOptions,
): Partial<Record<ErrorStatus, string>> {
  const errors: Partial<Record<ErrorStatus, string>> = {};
  // Every route reads its URL, and the input guard refuses a NUL or an infinite number anywhere.
  errors[400] =
    schema?.body || schema?.querystring || schema?.params
      ? 'The input fails validation (`validation.failed`, one detail per field) or the request is malformed.'
      : 'The request is malformed (`http.bad_url`, `validation.failed`).';
  const credential = route.config?.credential;
  if (access) errors[401] = 'No live session (`auth.required`): sign in again.';
  else if (credential) errors[401] = `The ${credential.header} header is missing or wrong.`;
  const forbidden: string[] = [];
  if (access && access.roles.length > 0) {
    forbidden.push(
      `the operator lacks the role (${access.roles.join(' or ')}) (\`auth.forbidden\`)`,
    );
  }
  if (UNSAFE_METHODS.has(method) && route.config?.csrf !== false) {
    forbidden.push('a browser sent it from another site (`http.forbidden_origin`)');
  }
  if (forbidden.length > 0) errors[403] = `Refused: ${forbidden.join('; or ')}.`;
  if (/[:{]/.test(url)) errors[404] = 'Nothing with that id here (or not yours to see).';
  return errors;
}

/** Statuses only a route's own `errors` list can tell; the error handler holds routes to it. */
export const DECLARED_STATUSES: ReadonlySet<number> = new Set([409, 422, 429]);

/**
 * The code if a route answers an error of a declared status (409, 422, 429) its `errors` list
 * does not name: the API document would not mention it. Shared HTTP codes (the database away,
 * rate limits of the framework) are not the route's to list.
 */
export function undeclaredError(
  catalog: ErrorLookup,
  code: string,
  declared: readonly string[] | undefined,
): string | null {
  if (!DECLARED_STATUSES.has(catalog.definition(code).status)) return null;
  return declared?.includes(code) ? null : code;
}

interface DeclaredResponse {
  description: string;
  examples: Record<string, { summary: string; value: unknown }>;
}

/** The route's `errors` list as responses by status, each code with its English and Chinese message. */
function declaredErrors(
  catalog: ErrorLookup,
  route: RouteOptions,
): Record<string, DeclaredResponse> {
  const byStatus: Record<string, DeclaredResponse> = {};
  for (const code of route.config?.errors ?? []) {
    const { status, en } = catalog.definition(code);
    const chinese = catalog.definition(code)['zh-CN'];
    const response = byStatus[status] ?? { description: '', examples: {} };
    response.description += `${response.description ? '\n' : ''}- \`${code}\`: ${en} (${chinese})`;
    response.examples[code] = {
      summary: code,
      value: { error: { code, message: catalog.message(code, 'en') } },
    };
    byStatus[status] = response;
  }
  return byStatus;
}

interface OpenApiOperation {
  operationId: string;
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema: unknown; examples?: unknown }> }
  >;
  [ERRORS_KEY]?: Partial<Record<ErrorStatus, string>>;
  [DECLARED_KEY]?: Record<string, DeclaredResponse>;
}

interface OpenApiDocument {
  paths?: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown> };
}

function isOperation(value: unknown): value is OpenApiOperation {
  return typeof value === 'object' && value !== null && 'responses' in value;
}

/** Each error the route may give, in the shared schema; a route's own description of one wins. */
function addErrorResponses(operation: OpenApiOperation): void {
  const errors = operation[ERRORS_KEY] ?? {};
  const declared = operation[DECLARED_KEY] ?? {};
  delete operation[ERRORS_KEY];
  delete operation[DECLARED_KEY];
  for (const response of Object.values(operation.responses)) {
    const json = response.content?.['application/json'];
    if (json && isErrorShape(json.schema)) json.schema = ERROR_REF;
  }
  for (const [status, { description, examples }] of Object.entries(declared)) {
    const own = operation.responses[status];
    const json = own?.content?.['application/json'];
    if (own && json) {
      // The route describes this status itself: its codes still come in as examples.
      json.examples = { ...(json.examples as object), ...examples };
      continue;
    }
    operation.responses[status] = {
      description: `One of:\n${description}`,
      content: { 'application/json': { schema: ERROR_REF, examples } },
    };
  }
  for (const [status, description] of Object.entries(errors)) {
    if (operation.responses[status]) continue;
    operation.responses[status] = {
      description,
      content: { 'application/json': { schema: ERROR_REF } },
    };
  }
}

/** A route's own copy of the error shape, as some declare it: replaced by the shared one. */
function isErrorShape(schema: unknown): boolean {
  const error = (schema as { properties?: { error?: { properties?: object } } } | undefined)
    ?.properties?.error?.properties;
  return Boolean(error && 'code' in error && 'message' in error);
}
