import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app-types.ts';
import { operatorOf } from '../../operators/index.ts';
import type { OperatorAction } from '../operator-action.ts';

export function operatorAction(request: FastifyRequest, deps: AppDeps): OperatorAction {
  return { operatorId: operatorOf(request).id, ip: request.ip, now: deps.clock.now() };
}
