import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-types.ts';
import { AppError } from '../errors.ts';
import {
  resolveSession,
  SESSION_POLICIES,
  type Session,
  type SubjectType,
} from '../modules/sessions/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by requireMerchant: the signed-in merchant's live session. */
    merchantSession: Session | null;
    /** Set by requireOperatorSession: the signed-in operator's live session. */
    operatorSession: Session | null;
  }
}

function cookieOptions(deps: AppDeps, maxAgeSeconds: number) {
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

/** preHandler: only a signed-in merchant gets through; `request.merchantSession` is set. */
export function requireMerchant(deps: AppDeps) {
  return async (request: FastifyRequest) => {
    const session = await resolveSession(
      deps.database.db,
      'merchant',
      sessionToken(request, 'merchant'),
      deps.clock,
    );
    if (!session) throw new AppError('auth.required');
    request.merchantSession = session;
  };
}

/** preHandler: a live operator session (role checks are the operators module's job on top). */
export function requireOperatorSession(deps: AppDeps) {
  return async (request: FastifyRequest) => {
    const session = await resolveSession(
      deps.database.db,
      'operator',
      sessionToken(request, 'operator'),
      deps.clock,
    );
    if (!session) throw new AppError('auth.required');
    request.operatorSession = session;
  };
}

/** The merchant id of a request that passed requireMerchant. */
export function merchantIdOf(request: FastifyRequest): string {
  if (!request.merchantSession) throw new AppError('auth.required');
  return request.merchantSession.subjectId;
}

export function registerSessionAuth(app: {
  decorateRequest(name: string, value: null): unknown;
}): void {
  app.decorateRequest('merchantSession', null);
  app.decorateRequest('operatorSession', null);
}
