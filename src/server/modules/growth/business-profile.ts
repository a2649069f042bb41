import { type Static, Type } from '@sinclair/typebox';
import { eq } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordMilestone } from './milestones.ts';
import { type BusinessProfileRow, businessProfiles } from './schema.ts';

// The literal lists repeat schema.ts's constants: written out, so the type provider infers them.
export const BusinessProfileInput = Type.Object(
  {
    industry: Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: '\\S',
      description:
        'Industry or main category, in the merchant\'s words or a category code (e.g. "apparel").',
    }),
    businessModel: Type.Union([
      Type.Literal('manufacturer'),
      Type.Literal('wholesaler'),
      Type.Literal('brand'),
      Type.Literal('retailer'),
      Type.Literal('dropshipper'),
    ]),
    experience: Type.Union(
      [Type.Literal('none'), Type.Literal('lt1y'), Type.Literal('1to3y'), Type.Literal('gt3y')],
      {
        description: 'Online-selling experience: none, under 1 year, 1–3 years, over 3 years.',
      },
    ),
    platforms: Type.Array(Type.String({ minLength: 1, maxLength: 50, pattern: '\\S' }), {
      maxItems: 20,
      description:
        'Platforms sold on before, e.g. "aliexpress", "1688", "taobao", "amazon", "shopify"; stored lower-case. Empty if none.',
    }),
    targetMarkets: Type.Array(Type.String({ pattern: '^[A-Za-z]{2,10}$' }), {
      maxItems: 50,
      description:
        'ISO 3166-1 alpha-2 country codes (CN, US, …) or region codes (GLOBAL, EU, SEA, LATAM, MENA); stored upper-case.',
    }),
    teamSize: Type.Union(
      [
        Type.Literal('1'),
        Type.Literal('2-5'),
        Type.Literal('6-20'),
        Type.Literal('21-100'),
        Type.Literal('100+'),
      ],
      {
        description:
          'A bracket of people working on the business: "1", "2-5", "6-20", "21-100" or "100+".',
      },
    ),
  },
  { additionalProperties: false },
);

export type BusinessProfileInput = Static<typeof BusinessProfileInput>;
export type BusinessProfile = BusinessProfileInput & { updatedAt: Date };

export async function getBusinessProfile(
  db: Executor,
  merchantId: string,
): Promise<BusinessProfile | null> {
  const [row] = await db
    .select()
    .from(businessProfiles)
    .where(eq(businessProfiles.merchantId, merchantId));
  return row ? toProfile(row) : null;
}

export async function requireBusinessProfile(db: Executor, merchantId: string) {
  const profile = await getBusinessProfile(db, merchantId);
  if (!profile) throw new AppError('growth.profile_missing');
  return profile;
}

/** Save the answers (all of them: the form is the whole profile) and tick "profile completed". */
export async function saveBusinessProfile(
  tx: Executor,
  merchantId: string,
  input: BusinessProfileInput,
  clock: Clock,
): Promise<BusinessProfile> {
  const now = clock.now();
  const answers = {
    industry: input.industry.trim(),
    businessModel: input.businessModel,
    experience: input.experience,
    platforms: unique(input.platforms.map((platform) => platform.trim().toLowerCase())),
    targetMarkets: unique(input.targetMarkets.map((market) => market.toUpperCase())),
    teamSize: input.teamSize,
  };
  const [row] = await tx
    .insert(businessProfiles)
    .values({ merchantId, ...answers, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: businessProfiles.merchantId,
      set: { ...answers, updatedAt: now },
    })
    .returning();
  if (!row) throw new Error('business profile upsert returned nothing');
  await recordMilestone(tx, merchantId, 'profile_completed', clock);
  return toProfile(row);
}

function toProfile(row: BusinessProfileRow): BusinessProfile {
  return {
    industry: row.industry,
    businessModel: row.businessModel,
    experience: row.experience,
    platforms: row.platforms,
    targetMarkets: row.targetMarkets,
    teamSize: row.teamSize,
    updatedAt: row.updatedAt,
  };
}

const unique = (values: string[]) => [...new Set(values)];
