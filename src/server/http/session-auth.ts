import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { AppDeps } from '../app-types.ts';
import { AppError } from '../errors.ts';
import {
  resolveSession,
  resolveSessionWithSubject,
  SESSION_POLICIES,
  type Session,
  type SessionSubject,
  type SubjectType,
} from '../modules/sessions/index.ts';
import { declareSession } from './openapi-contract.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by requireMerchant: the signed-in merchant's live session. */
    merchantSession: Session | null;
    /** Set by requireOperatorSession: the signed-in operator's live session. */
    operatorSession: Session | null;
    /** Set by requireMerchantWith: the row the session's subject is (read with sessionSubjectOf). */
    sessionSubject: unknown;
  }
}

/** Cookies Kaidian sets: HttpOnly, SameSite=Lax, Secure behind https. */
export function cookieOptions(deps: AppDeps, maxAgeSeconds: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.config.publicUrl.startsWith('https://'),
    maxAge: maxAgeSeconds,
  };
}

export function setSessionCookie(
  reply: FastifyReply,
  deps: AppDeps,
  subjectType: SubjectType,
  token: string,
) {
  const policy = SESSION_POLICIES[subjectType];
  reply.setCookie(policy.cookie, token, cookieOptions(deps, Math.round(policy.absoluteMs / 1000)));
}

export function clearSessionCookie(reply: FastifyReply, deps: AppDeps, subjectType: SubjectType) {
  reply.clearCookie(SESSION_POLICIES[subjectType].cookie, cookieOptions(deps, 0));
}

export function sessionToken(
  request: FastifyRequest,
  subjectType: SubjectType,
): string | undefined {
  return request.cookies[SESSION_POLICIES[subjectType].cookie];
}

type Guard = (request: FastifyRequest) => Promise<void>;
const AUTH_GUARD = Symbol('kaidian.authGuard');

/**
 * Mark a hook as a session check. Wherever a route lists it (preValidation or preHandler), it runs
 * in onRequest, before the body is read or validated: a caller without a session learns that
 * (401) before anything about their input (400), and an unauthenticated body is never parsed.
 */
export function authGuard(guard: Guard): Guard {
  return Object.assign(guard, { [AUTH_GUARD]: true });
}

function isAuthGuard(hook: unknown): boolean {
  return typeof hook === 'function' && AUTH_GUARD in hook;
}

function moveAuthGuardsToOnRequest(route: RouteOptions): void {
  for (const phase of ['preValidation', 'preHandler'] as const) {
    const hooks = [route[phase] ?? []].flat();
    const guards = hooks.filter(isAuthGuard);
    if (guards.length === 0) continue;
    route[phase] = hooks.filter((hook) => !isAuthGuard(hook)) as never;
    route.onRequest = [...[route.onRequest ?? []].flat(), ...guards] as never;
  }
}

/** A route guard (see authGuard): only a signed-in merchant gets through; sets `merchantSession`. */
export function requireMerchant(deps: AppDeps) {
  return declareSession(
    'merchantSession',
    SESSION_POLICIES.merchant.cookie,
    authGuard(async (request: FastifyRequest) => {
      const session = await resolveSession(
        deps.database.db,
        'merchant',
        sessionToken(request, 'merchant'),
        deps.clock,
      );
      if (!session) throw new AppError('auth.required');
      request.merchantSession = session;
    }),
  );
}

/**
 * requireMerchant for a hot route: the columns of the merchant's row it needs (its owner module
 * hands them in) are read in the same query as what makes the session live; the handler takes
 * the row with sessionSubjectOf. `merchantSession` stays unset: the whole session is not read.
 */
export function requireMerchantWith<Row>(deps: AppDeps, subject: SessionSubject<Row>) {
  return declareSession(
    'merchantSession',
    SESSION_POLICIES.merchant.cookie,
    authGuard(async (request: FastifyRequest) => {
      const found = await resolveSessionWithSubject(
        deps.database.db,
        'merchant',
        sessionToken(request, 'merchant'),
        deps.clock,
        subject,
      );
      if (!found) throw new AppError('auth.required');
      request.sessionSubject = found.subject;
    }),
  );
}

/** The row requireMerchantWith(deps, subject) read for this request. */
export function sessionSubjectOf<Row>(request: FastifyRequest, _subject: SessionSubject<Row>): Row {
  if (!request.sessionSubject) throw new AppError('auth.required');
  return request.sessionSubject as Row;
}

/** A route guard: a live operator session (role checks are the operators module's job on top). */
export function requireOperatorSession(deps: AppDeps) {
  return declareSession(
    'operatorSession',
    SESSION_POLICIES.operator.cookie,
    authGuard(async (request: FastifyRequest) => {
      const session = await resolveSession(
        deps.database.db,
        'operator',
        sessionToken(request, 'operator'),
        deps.clock,
      );
      if (!session) throw new AppError('auth.required');
      request.operatorSession = session;
    }),
  );
}

/** The merchant id of a request that passed requireMerchant. */
export function merchantIdOf(request: FastifyRequest): string {
  if (!request.merchantSession) throw new AppError('auth.required');
  return request.merchantSession.subjectId;
}

export function registerSessionAuth(app: FastifyInstance): void {
  app.decorateRequest('merchantSession', null);
  app.decorateRequest('operatorSession', null);
  app.decorateRequest('sessionSubject', null);
  app.addHook('onRoute', moveAuthGuardsToOnRequest);
}
