import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { stringEnum } from '../../lib/string-enum.ts';
import { ATTRIBUTE_KINDS, MAX_CATEGORY_LEVEL } from './schema.ts';

// Request and response shapes of the category tree: the public tree in the request's language,
// and the console's, where every name comes in both languages and what GET answers can be sent back.

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });
const Names = Type.Object({ en: Text(64), 'zh-CN': Text(64) });

export const CategoryCode = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]{0,63}$',
  description: 'Stable, lowercase letters, digits and hyphens: womens-apparel, green-tea',
});
const AttributeCode = Type.String({
  pattern: '^[a-z0-9][a-z0-9_-]{0,39}$',
  description: 'The key a product stores its value under: brand, origin, shoe-size',
});
const CommissionRate = Type.Integer({
  minimum: 0,
  maximum: 10_000,
  description: 'Basis points of the goods total the platform keeps: 500 = 5%',
});

const PublicAttribute = Type.Object({
  code: Type.String(),
  name: Type.String({ description: "In the request's language" }),
  required: Type.Boolean(),
  kind: stringEnum(ATTRIBUTE_KINDS),
  values: Type.Optional(Type.Array(Type.String(), { description: 'The choices of a list' })),
});

/** One level of the public tree: the tree is at most 4 deep, so its schema is spelled out. */
function publicLevel(children: TSchema | null) {
  return Type.Object({
    id: Type.String({ format: 'uuid' }),
    code: Type.String(),
    name: Type.String({ description: "In the request's language" }),
    names: Type.Object(
      { en: Type.String(), 'zh-CN': Type.String() },
      { description: 'In both languages, for finding a category by either' },
    ),
    forbidden: Type.Boolean({ description: 'Listings here go to an operator before buyers' }),
    children: children
      ? Type.Array(children)
      : Type.Array(Type.Object({}), { maxItems: 0, description: 'The fourth level has none' }),
    attributes: Type.Array(PublicAttribute, {
      description: "Every attribute a product here is asked for: the ancestors' first",
    }),
  });
}
let level: TSchema | null = null;
for (let depth = MAX_CATEGORY_LEVEL; depth >= 1; depth -= 1) level = publicLevel(level);
export const PublicCategoryTree = Type.Array(level as ReturnType<typeof publicLevel>);

export const AttributeInput = Type.Object({
  code: AttributeCode,
  names: Names,
  required: Type.Boolean(),
  kind: stringEnum(ATTRIBUTE_KINDS),
  values: Type.Array(Text(64), {
    maxItems: 200,
    description: 'The choices of a list attribute; [] for text',
  }),
});
export type AttributeInput = Static<typeof AttributeInput>;

export const AttributesInput = Type.Object({
  attributes: Type.Array(AttributeInput, { maxItems: 50 }),
});
export type AttributesInput = Static<typeof AttributesInput>;

export const CategoryCreate = Type.Object({
  parentId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  code: CategoryCode,
  names: Names,
  commissionRateBp: Type.Optional(CommissionRate),
  forbidden: Type.Optional(Type.Boolean()),
});
export type CategoryCreate = Static<typeof CategoryCreate>;

export const CategoryUpdate = Type.Object(
  {
    names: Type.Optional(Names),
    commissionRateBp: Type.Optional(CommissionRate),
    forbidden: Type.Optional(Type.Boolean()),
    parentId: Type.Optional(
      Type.Union([Type.String({ format: 'uuid' }), Type.Null()], {
        description: 'Move under this category (null: to the top level)',
      }),
    ),
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  },
  { minProperties: 1 },
);
export type CategoryUpdate = Static<typeof CategoryUpdate>;

export const AdminAttribute = Type.Object({
  code: Type.String(),
  names: Names,
  required: Type.Boolean(),
  kind: stringEnum(ATTRIBUTE_KINDS),
  values: Type.Array(Type.String()),
});

export const AdminCategory = Type.Object({
  id: Type.String({ format: 'uuid' }),
  parentId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  code: Type.String(),
  names: Names,
  level: Type.Integer({ minimum: 1, maximum: MAX_CATEGORY_LEVEL }),
  position: Type.Integer(),
  commissionRateBp: Type.Integer(),
  forbidden: Type.Boolean({ description: 'Set on this category itself' }),
  inheritsForbidden: Type.Boolean({
    description: 'An ancestor is forbidden, so listings here are checked as forbidden too',
  }),
  /** Its own templates, which the console edits. */
  attributes: Type.Array(AdminAttribute),
  inheritedAttributes: Type.Array(AdminAttribute, {
    description: 'The ancestors’ templates, which products here are asked too',
  }),
  childCount: Type.Integer(),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type AdminCategory = Static<typeof AdminCategory>;

export const AdminCategoryList = Type.Object({
  items: Type.Array(AdminCategory, { description: 'Depth first, each level by position' }),
});
