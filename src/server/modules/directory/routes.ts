import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { AppError } from '../../errors.ts';
import { PageLimit, PageOffset } from '../../http/paging.ts';
import { stringEnum } from '../../lib/string-enum.ts';
import { MERCHANT_STATUSES } from '../accounts/index.ts';
import { recordAudit } from '../audit/index.ts';
import { operatorOf, requireOperator } from '../operators/index.ts';
import { DirectoryEntry, MerchantDetail } from './directory-views.ts';
import { merchantDetail } from './merchant-directory.ts';
import { readDirectory } from './read-model.ts';
import { VERIFICATION_FILTERS } from './verification-scope.ts';

/** The operator console's merchant directory (SPEC §9): every operator may read it. */
export function directoryRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const anyOperator = requireOperator(deps, 'reviewer', 'finance', 'admin');

  app.get(
    '/api/v1/admin/merchants',
    {
      preValidation: anyOperator,
      schema: {
        tags: ['merchants'],
        summary: 'Merchants, newest first: status, verification, store and deposit balance',
        querystring: Type.Object({
          q: Type.Optional(
            Type.String({ maxLength: 100, description: 'Part of the e-mail, phone or real name.' }),
          ),
          status: Type.Optional(stringEnum(MERCHANT_STATUSES)),
          verification: Type.Optional(
            stringEnum(VERIFICATION_FILTERS, {
              description:
                'verified / unverified: whether an approved identity stands; pending, changes_requested, rejected: the newest case; none: never submitted.',
            }),
          ),
          limit: PageLimit(100),
          offset: PageOffset,
        }),
        response: {
          200: Type.Object({ items: Type.Array(DirectoryEntry), total: Type.Integer() }),
        },
      },
    },
    async (request) => readDirectory(db, request.query),
  );

  app.get(
    '/api/v1/admin/merchants/:id',
    {
      preValidation: anyOperator,
      schema: {
        tags: ['merchants'],
        summary: 'One merchant with business profile and growth progress (every view is audited)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: MerchantDetail },
      },
    },
    async (request) => {
      const detail = await merchantDetail(db, request.params.id, request.locale);
      if (!detail) throw new AppError('http.not_found');
      await recordAudit(db, {
        actor: operatorOf(request).id,
        action: 'merchant.viewed',
        target: { type: 'merchant', id: detail.id },
        ip: request.ip,
        at: deps.clock.now(),
      });
      return detail;
    },
  );
}
