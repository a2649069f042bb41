import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { AppDeps, AppInstance } from '../../app-types.ts';
import { type CachedBody, cachedBody, sendCachedBody } from '../../cache/cached-body.ts';
import { cachedValue } from '../../cache/cached-value.ts';
import { followChanges } from '../../cache/change-feed.ts';
import { type Tx, withTx } from '../../db/client.ts';
import { matchesIfNoneMatch } from '../../http/etag.ts';
import { LOCALES } from '../../i18n/locale.ts';
import { operatorOf, requireOperator } from '../operators/index.ts';
import { adminCategoryList } from './admin-category-view.ts';
import {
  AdminCategory,
  AdminCategoryList,
  AttributesInput,
  CategoryCreate,
  CategoryUpdate,
  PublicCategoryTree,
} from './category-schemas.ts';
import { loadCategoryTree, readTreeVersion } from './category-tree.ts';
import { createCategory } from './create-category.ts';
import { deleteCategory } from './delete-category.ts';
import { publicCategoryTree } from './public-tree.ts';
import { setCategoryAttributes } from './set-category-attributes.ts';
import type { CategoryAction } from './tree-edit.ts';
import { updateCategory } from './update-category.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** The channel the tree's trigger announces each new version on (0018_categories.sql). */
export const CATEGORIES_CHANNEL = 'kaidian_categories';
/** How the cache's listener is named in pg_stat_activity. */
export const CATEGORIES_LISTENER_NAME = 'kaidian-categories-listener';

function categoryAction(request: FastifyRequest, deps: AppDeps): CategoryAction {
  return { operatorId: operatorOf(request).id, ip: request.ip, now: deps.clock.now() };
}

/** The public tree (cached per language, by ETag), and the admins' editing of it (audited). */
export async function categoryRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  const admin = requireOperator(deps, 'admin');
  // Every product form and search page asks for the tree; admins change it rarely. Kept
  // serialized per language; dropped when any instance's write bumps the version.
  const publicTree = cachedValue(
    async () => String(await readTreeVersion(db)),
    async () => {
      const tree = await loadCategoryTree(db);
      return {
        etag: `"categories-${tree.version}"`,
        bodies: new Map(
          LOCALES.map((locale) => [
            locale,
            cachedBody(
              JSON.stringify(publicCategoryTree(tree.roots, locale)),
              'application/json; charset=utf-8',
            ),
          ]),
        ),
      };
    },
  );
  const feed = await followChanges(
    deps.database,
    { [CATEGORIES_CHANNEL]: publicTree.follower },
    { listenerName: CATEGORIES_LISTENER_NAME, label: 'category tree cache', log: app.log },
  );
  app.addHook('onClose', async () => feed.close());

  /** An admin's edit: the trigger tells every instance at commit; in force here before the answer. */
  async function edit<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const result = await withTx(db, work);
    publicTree.invalidate();
    return result;
  }

  app.get(
    '/api/v1/categories',
    {
      schema: {
        tags: ['categories'],
        summary:
          "The category tree, names in your language; each category lists every attribute its products are asked for, its ancestors' included",
        response: {
          200: PublicCategoryTree,
          304: Type.Null({ description: 'Your copy (If-None-Match) is current' }),
        },
      },
    },
    async (request, reply) => {
      const { etag, bodies } = await publicTree.get();
      const locale = request.locale;
      const tag = `${etag.slice(0, -1)}-${locale}"`;
      reply
        .header('ETag', tag)
        .header('Cache-Control', 'public, no-cache')
        .header('Vary', 'Accept-Language, Cookie');
      if (matchesIfNoneMatch(request.headers['if-none-match'], tag))
        return reply.code(304).send(null);
      return sendCachedBody(request, reply, bodies.get(locale) as CachedBody);
    },
  );

  app.get(
    '/api/v1/admin/categories',
    {
      preHandler: admin,
      schema: {
        tags: ['categories'],
        summary:
          'Admin: every category in both languages, depth first, with its own and inherited attribute templates',
        response: { 200: AdminCategoryList },
      },
    },
    async () => ({ items: adminCategoryList((await loadCategoryTree(db)).roots) }),
  );

  app.post(
    '/api/v1/admin/categories',
    {
      preHandler: admin,
      config: { errors: ['categories.not_found', 'categories.code_taken', 'categories.too_deep'] },
      schema: {
        tags: ['categories'],
        summary: 'Admin: add a category (under parentId, at most 4 levels deep); audited',
        body: CategoryCreate,
        response: { 201: AdminCategory },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await edit((tx) => createCategory(tx, request.body, categoryAction(request, deps)))),
  );

  app.patch(
    '/api/v1/admin/categories/:id',
    {
      preHandler: admin,
      config: { errors: ['categories.not_found', 'categories.too_deep', 'categories.cycle'] },
      schema: {
        tags: ['categories'],
        summary:
          'Admin: rename, set the commission rate or forbidden flag, reorder, or move a category with everything under it; audited',
        params: IdParams,
        body: CategoryUpdate,
        response: { 200: AdminCategory },
      },
    },
    async (request) =>
      edit((tx) =>
        updateCategory(tx, request.params.id, request.body, categoryAction(request, deps)),
      ),
  );

  app.put(
    '/api/v1/admin/categories/:id/attributes',
    {
      preHandler: admin,
      config: {
        errors: [
          'categories.not_found',
          'categories.attribute_code_repeated',
          'categories.attribute_values_missing',
          'categories.attribute_values_repeated',
        ],
      },
      schema: {
        tags: ['categories'],
        summary:
          "Admin: replace a category's attribute templates; products keep their values, a new required attribute is asked for at their next publication; audited",
        params: IdParams,
        body: AttributesInput,
        response: { 200: AdminCategory },
      },
    },
    async (request) =>
      edit((tx) =>
        setCategoryAttributes(tx, request.params.id, request.body, categoryAction(request, deps)),
      ),
  );

  app.delete(
    '/api/v1/admin/categories/:id',
    {
      preHandler: admin,
      config: {
        errors: [
          'categories.not_found',
          'categories.has_children',
          'categories.in_use',
          'categories.still_used',
        ],
      },
      schema: {
        tags: ['categories'],
        summary: 'Admin: delete a category without subcategories or products; audited',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await edit((tx) => deleteCategory(tx, request.params.id, categoryAction(request, deps)));
      return reply.code(204).send(null);
    },
  );
}
