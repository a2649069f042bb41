import { eq, or, sql } from 'drizzle-orm';
import { pinyin } from 'pinyin-pro';
import type { Tx } from '../../../db/client.ts';
import { stores } from '../schema.ts';

const SLUG_MAX = 40;
const SLUG_SHAPE = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$/;
/** Addresses that would read as the platform's own pages. */
const RESERVED_SLUGS = new Set([
  'admin',
  'api',
  'assets',
  'dev',
  'help',
  'kaidian',
  'login',
  'media',
  'official',
  'search',
  'static',
  'store',
  'stores',
  'support',
  'www',
]);
/** What a name with nothing to spell (only symbols or emoji) is given, then shop-2, shop-3, … */
const FALLBACK_SLUG = 'shop';

export function isValidSlug(slug: string): boolean {
  return SLUG_SHAPE.test(slug) && !slug.includes('--') && !RESERVED_SLUGS.has(slug);
}

/**
 * The slug a name suggests (SPEC §5): Latin words as they are, lower-cased and without accents,
 * Chinese through pinyin, all joined with hyphens ("Lily 小衣橱" → lily-xiao-yi-chu). Full-width
 * letters count as ordinary ones; emoji, symbols and other scripts are left out. A reserved or
 * one-letter result gets "-shop" added; a name with nothing to spell becomes "shop".
 */
export function slugFromName(name: string): string {
  const words = pinyin(name.normalize('NFKC'), {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    // ü as v, as Chinese keyboards type it: 绿 → lv.
    v: true,
  }).map((word) =>
    word
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-'),
  );
  const kebab = trimToLength(words.join('-'), SLUG_MAX - 5);
  if (kebab === '') return FALLBACK_SLUG;
  return isValidSlug(kebab) ? kebab : `${kebab}-shop`;
}

/** Hyphens collapsed and trimmed, cut to `max` characters at a word boundary where there is one. */
function trimToLength(slug: string, max: number): string {
  const clean = slug.replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, max)).replace(/-$/, '');
}

/** The n-th address for a base (n ≥ 2): base-n, the base shortened if it would grow too long. */
export function suffixedSlug(base: string, n: number): string {
  const suffix = `-${n}`;
  return `${trimToLength(base, SLUG_MAX - suffix.length)}${suffix}`;
}

/**
 * Give the store `slug` if no other store has it. A savepoint: losing a race to the unique index
 * answers false instead of aborting the caller's transaction.
 */
export async function trySetSlug(
  tx: Tx,
  storeId: string,
  slug: string,
  now: Date,
): Promise<boolean> {
  const [taken] = await tx.select({ id: stores.id }).from(stores).where(eq(stores.slug, slug));
  if (taken) return taken.id === storeId;
  try {
    await tx.transaction(async (savepoint) => {
      await savepoint.update(stores).set({ slug, updatedAt: now }).where(eq(stores.id, storeId));
    });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '23505' || causeCode(error) === '23505') return false;
    throw error;
  }
}

function causeCode(error: unknown): string | undefined {
  return (error as { cause?: { code?: string } }).cause?.code;
}

/**
 * The slug the name suggests or, when another store has it, the first free of slug-2, slug-3, …
 * The unique index decides: a store that takes a candidate between our look and our write only
 * sends us on to the next number.
 */
export async function assignSlugFromName(
  tx: Tx,
  storeId: string,
  name: string,
  now: Date,
): Promise<string> {
  const base = slugFromName(name);
  if (await trySetSlug(tx, storeId, base, now)) return base;
  const taken = new Set(
    (
      await tx
        .select({ slug: stores.slug })
        .from(stores)
        .where(or(eq(stores.slug, base), sql`${stores.slug} ~ ${`^${base}-[0-9]+$`}`))
    ).map((row) => row.slug),
  );
  for (let n = 2; ; n += 1) {
    const candidate = suffixedSlug(base, n);
    if (taken.has(candidate) || !isValidSlug(candidate)) continue;
    if (await trySetSlug(tx, storeId, candidate, now)) return candidate;
  }
}
