import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { LOCALES } from '../../i18n/locale.ts';
import { stringEnum } from '../../lib/string-enum.ts';
import { BusinessProfileInput } from './business-profile.ts';
import { PROFILE_FIELDS, RuleCondition } from './conditions.ts';
import type { KnownMilestone } from './milestones.ts';

// Request and response shapes of the operators' growth-plan routes.

export const Key = Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z][a-z0-9_]*$' });
export const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });
export const DateTime = Type.String({ format: 'date-time' });
// Null first: with type coercion on, a string branch tried first would turn null into "".
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

export const TaskFields = {
  titleEn: Text(120),
  titleZh: Text(120),
  descriptionEn: Text(1000),
  descriptionZh: Text(1000),
  milestone: Nullable(Key),
  actionPath: Nullable(Type.String({ maxLength: 200, pattern: '^/\\S*$' })),
  active: Type.Boolean({ default: true }),
};
export const TaskCreate = Type.Object({ key: Key, ...TaskFields }, { additionalProperties: false });
export const TaskUpdate = Type.Object(TaskFields, { additionalProperties: false });
export type TaskUpdate = Static<typeof TaskUpdate>;

export const TaskView = Type.Object({
  key: Type.String(),
  titleEn: Type.String(),
  titleZh: Type.String(),
  descriptionEn: Type.String(),
  descriptionZh: Type.String(),
  milestone: Nullable(Type.String()),
  actionPath: Nullable(Type.String()),
  active: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});

// The condition as sent: field and operator are free strings here, so that an unknown one is
// answered with a growth.* error saying what is known instead of a bare "must be one of".
export const ClauseInput = Type.Object({
  field: Type.String({ maxLength: 60, description: `One of: ${PROFILE_FIELDS.join(', ')}.` }),
  op: Type.String({
    maxLength: 30,
    description: 'in, not_in, has_other_than (these need values), empty or not_empty.',
  }),
  values: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 })),
});
export const ConditionInput = Type.Object(
  {
    profile: Type.Optional(Type.String({ maxLength: 20, description: 'missing or present.' })),
    all: Type.Optional(Type.Array(ClauseInput, { maxItems: 20 })),
    any: Type.Optional(Type.Array(ClauseInput, { maxItems: 20 })),
  },
  {
    description:
      '{} always applies; profile: missing / present; every `all` test and one `any` test must hold.',
  },
);
export type ConditionInput = Static<typeof ConditionInput>;

export const RuleFields = {
  nameEn: Text(100),
  nameZh: Text(100),
  condition: ConditionInput,
  taskKeys: Type.Array(Key, { minItems: 1, maxItems: 50, description: 'Tasks in plan order.' }),
  priority: Type.Integer({
    minimum: -100_000,
    maximum: 100_000,
    description: 'Lower first: the plan is the matching rules’ tasks by ascending priority.',
  }),
  active: Type.Boolean({ default: true }),
};
export const RuleCreate = Type.Object({ key: Key, ...RuleFields }, { additionalProperties: false });
export const RuleUpdate = Type.Object(RuleFields, { additionalProperties: false });
export type RuleUpdate = Static<typeof RuleUpdate>;

export const RuleView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  key: Type.String(),
  name: Type.String({ description: 'In the request’s language (the other one if that is empty).' }),
  nameEn: Type.String(),
  nameZh: Type.String(),
  condition: RuleCondition,
  taskKeys: Type.Array(Type.String()),
  priority: Type.Integer(),
  active: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export const RuleRef = Type.Object({
  id: Type.String(),
  key: Type.String(),
  name: Type.String({ description: 'In the preview’s language.' }),
});

export const PreviewBody = Type.Object(
  {
    profile: Nullable(BusinessProfileInput),
    locale: Type.Optional(stringEnum(LOCALES, { description: 'Defaults to the request’s.' })),
  },
  { additionalProperties: false },
);
export const PreviewView = Type.Object({
  locale: stringEnum(LOCALES),
  tasks: Type.Array(
    Type.Object({
      key: Type.String(),
      title: Type.String(),
      description: Type.String(),
      milestone: Nullable(Type.String()),
      action: Nullable(Type.String()),
      /** The first matching rule that puts the task in the plan. */
      rule: Nullable(RuleRef),
    }),
    { description: 'In plan order.' },
  ),
  rules: Type.Array(RuleRef, { description: 'The active rules these answers match, in order.' }),
});

/** Milestones the code records, offered when a task is tied to one (the list stays open). */
export const MILESTONES: Record<KnownMilestone, true> = {
  email_verified: true,
  phone_verified: true,
  profile_completed: true,
  kyc_approved: true,
  package_purchased: true,
  store_published: true,
  first_product_published: true,
  products_published_10: true,
  products_imported: true,
  first_order: true,
};
