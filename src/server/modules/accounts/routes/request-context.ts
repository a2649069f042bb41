import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../errors.ts';
import type { Session } from '../../sessions/index.ts';
import type { ClientInfo } from '../sign-in.ts';

export function clientOf(request: FastifyRequest): ClientInfo {
  return { userAgent: request.headers['user-agent'], ip: request.ip };
}

/** The live session of a request that passed requireMerchant. */
export function sessionOf(request: FastifyRequest): Session {
  if (!request.merchantSession) throw new AppError('auth.required');
  return request.merchantSession;
}
