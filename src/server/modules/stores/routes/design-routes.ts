import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { withTx } from '../../../db/client.ts';
import { merchantIdOf, requireMerchant } from '../../../http/session-auth.ts';
import { changeSlug } from '../design/change-slug.ts';
import { DesignInput, StoreDesignSchema } from '../design/design-input.ts';
import { publishDesign } from '../design/publish-design.ts';
import { saveDesign } from '../design/save-design.ts';

const SlugAnswer = Type.Object({ slug: Type.String() });

// What the design routes answer besides 400/401/403/404, for their `errors` lists (the API
// document): a closed store's design stays as it is, and a name is one store's at a time.
const CLOSED_ERRORS = ['store.closed'] as const;
const NAME_ERRORS = ['store.name_taken'] as const;

/** Store design: the draft, publishing it, and the one slug change. (Preview: src/storefront.) */
export function designRoutes(app: AppInstance, deps: AppDeps): void {
  const { db } = deps.database;
  const merchant = requireMerchant(deps);

  app.put(
    '/api/v1/me/store/design',
    {
      preHandler: merchant,
      config: {
        errors: [...CLOSED_ERRORS, ...NAME_ERRORS, 'store.name_invalid', 'store.image_invalid'],
      },
      schema: {
        tags: ['stores'],
        summary: 'Save the draft design (buyers see it only after publishing)',
        body: DesignInput,
        response: { 200: StoreDesignSchema },
      },
    },
    async (request) =>
      withTx(db, (tx) =>
        saveDesign(tx, {
          merchantId: merchantIdOf(request),
          design: request.body,
          now: deps.clock.now(),
          locale: request.locale,
        }),
      ),
  );

  app.post(
    '/api/v1/me/store/design/publish',
    {
      preHandler: merchant,
      config: { errors: [...NAME_ERRORS, 'store.not_publishable', 'store.no_draft'] },
      schema: {
        tags: ['stores'],
        summary: 'Publish the draft design; the first time also gives the store its address',
        response: { 200: SlugAnswer },
      },
    },
    async (request) =>
      withTx(db, (tx) =>
        publishDesign(tx, { merchantId: merchantIdOf(request), now: deps.clock.now() }),
      ),
  );

  app.put(
    '/api/v1/me/store/slug',
    {
      preHandler: merchant,
      config: {
        errors: [...CLOSED_ERRORS, 'store.slug_locked', 'store.slug_invalid', 'store.slug_taken'],
      },
      schema: {
        tags: ['stores'],
        summary: 'Change the store address (/s/{slug}) — allowed once',
        body: Type.Object({ slug: Type.String({ minLength: 1, maxLength: 60 }) }),
        response: { 200: SlugAnswer },
      },
    },
    async (request) =>
      withTx(db, (tx) =>
        changeSlug(tx, {
          merchantId: merchantIdOf(request),
          slug: request.body.slug,
          now: deps.clock.now(),
        }),
      ),
  );
}
