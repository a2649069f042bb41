import { Type } from '@sinclair/typebox';
import type { AppDeps, AppInstance } from '../../../app-types.ts';
import { type CachedBody, cachedBody, sendCachedBody } from '../../../cache/cached-body.ts';
import { cachedValue } from '../../../cache/cached-value.ts';
import { announceChange, followChanges } from '../../../cache/change-feed.ts';
import { type Executor, withTx } from '../../../db/client.ts';
import { LOCALES, type Locale } from '../../../i18n/locale.ts';
import { requireOperator } from '../../operators/index.ts';
import { createPackage } from '../offerings/create-package.ts';
import { createStoreType } from '../offerings/create-store-type.ts';
import { packagesOfType, withCategoryDeposits } from '../offerings/find-offering-rows.ts';
import { loadOfferings, OFFERINGS_CHANNEL, offeringsVersion } from '../offerings/load-offerings.ts';
import {
  AdminPackageView,
  AdminStoreTypeView,
  PackageCreate,
  PackageUpdate,
  PublicStoreTypeView,
  StoreTypeCreate,
  StoreTypeUpdate,
} from '../offerings/offering-schemas.ts';
import {
  adminPackageView,
  adminStoreTypeView,
  publicStoreTypeView,
} from '../offerings/offering-views.ts';
import { updatePackage } from '../offerings/update-package.ts';
import { updateStoreType } from '../offerings/update-store-type.ts';
import { operatorAction } from './operator-action.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** How the cache's listener is named in pg_stat_activity. */
export const CACHE_LISTENER_NAME = 'kaidian-cache-listener';

// A package's deposits by category list each category once (for the routes' `errors` lists).
const CATALOG_ERRORS = ['store.catalog_invalid'] as const;

/** Store types and service packages: the public list, and the admins' configuration (audited). */
export async function offeringRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const admin = requireOperator(deps, 'admin');
  // Every sign-up and store page asks for the list; admins change it a few times a year. Kept
  // serialized (and compressed) per language; dropped at a change in any instance.
  const publicList = cachedValue(
    () => offeringsVersion(db),
    async () => {
      const offered = await loadOfferings(db, { includeInactive: false });
      return new Map(
        LOCALES.map((locale: Locale) => [
          locale,
          cachedBody(
            JSON.stringify(offered.map((entry) => publicStoreTypeView(entry, locale))),
            'application/json; charset=utf-8',
          ),
        ]),
      );
    },
  );
  const feed = await followChanges(
    deps.database,
    { [OFFERINGS_CHANNEL]: publicList.follower },
    { listenerName: CACHE_LISTENER_NAME, label: 'store types cache', log: app.log },
  );
  app.addHook('onClose', async () => feed.close());
  /** An admin's change: announced to every instance at commit, in force here before the answer. */
  async function change<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
    const result = await withTx(db, async (tx) => {
      const done = await work(tx);
      await announceChange(tx, OFFERINGS_CHANNEL);
      return done;
    });
    publicList.invalidate();
    return result;
  }

  app.get(
    '/api/v1/store-types',
    {
      schema: {
        tags: ['stores'],
        summary: 'Store types on offer with their service packages (names in your language)',
        response: { 200: Type.Array(PublicStoreTypeView) },
      },
    },
    async (request, reply) => {
      const bodies = await publicList.get();
      return sendCachedBody(request, reply, bodies.get(request.locale) as CachedBody);
    },
  );

  app.get(
    '/api/v1/admin/store-types',
    {
      preHandler: admin,
      schema: {
        tags: ['stores'],
        summary: 'Every store type and package, inactive ones too, in both languages',
        response: { 200: Type.Array(AdminStoreTypeView) },
      },
    },
    async () =>
      (await loadOfferings(db, { includeInactive: true })).map((entry) =>
        adminStoreTypeView(entry.type, entry.packages),
      ),
  );

  app.post(
    '/api/v1/admin/store-types',
    {
      preHandler: admin,
      config: { errors: ['store.type_code_taken'] },
      schema: {
        tags: ['stores'],
        summary: 'Add a store type',
        body: StoreTypeCreate,
        response: { 201: AdminStoreTypeView },
      },
    },
    async (request, reply) => {
      const type = await change((tx) =>
        createStoreType(tx, request.body, operatorAction(request, deps)),
      );
      return reply.code(201).send(adminStoreTypeView(type));
    },
  );

  app.put(
    '/api/v1/admin/store-types/:id',
    {
      preHandler: admin,
      schema: {
        tags: ['stores'],
        summary: 'Change a store type (fields left out keep their value; the code never changes)',
        params: IdParams,
        body: StoreTypeUpdate,
        response: { 200: AdminStoreTypeView },
      },
    },
    async (request) => {
      const type = await change((tx) =>
        updateStoreType(tx, request.params.id, request.body, operatorAction(request, deps)),
      );
      return adminStoreTypeView(type, await packagesOfType(db, type.id));
    },
  );

  app.post(
    '/api/v1/admin/store-types/:id/packages',
    {
      preHandler: admin,
      config: { errors: [...CATALOG_ERRORS, 'store.package_code_taken'] },
      schema: {
        tags: ['stores'],
        summary: 'Add a service package to a store type',
        params: IdParams,
        body: PackageCreate,
        response: { 201: AdminPackageView },
      },
    },
    async (request, reply) => {
      const pkg = await change((tx) =>
        createPackage(tx, request.params.id, request.body, operatorAction(request, deps)),
      );
      return reply.code(201).send(adminPackageView(await withCategoryDeposits(db, pkg)));
    },
  );

  app.put(
    '/api/v1/admin/packages/:id',
    {
      preHandler: admin,
      config: { errors: CATALOG_ERRORS },
      schema: {
        tags: ['stores'],
        summary:
          'Change a service package (fields left out keep their value; depositByCategory, when sent, replaces the list)',
        params: IdParams,
        body: PackageUpdate,
        response: { 200: AdminPackageView },
      },
    },
    async (request) => {
      const pkg = await change((tx) =>
        updatePackage(tx, request.params.id, request.body, operatorAction(request, deps)),
      );
      return adminPackageView(await withCategoryDeposits(db, pkg));
    },
  );
}
