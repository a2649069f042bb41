import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { stores } from '../schema.ts';

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

export function isValidSlug(slug: string): boolean {
  return SLUG_SHAPE.test(slug) && !slug.includes('--') && !RESERVED_SLUGS.has(slug);
}

/**
 * The slug a name suggests: kebab-case for a Latin name ("Café Rouge" → cafe-rouge). Pinyin is not
 * available, so any other name gets a short random base36 id instead of a transliteration.
 */
export function slugFromName(name: string): string {
  const latin = name.normalize('NFKD').replace(/\p{M}/gu, '');
  // Latin: every letter is a–z once accents are dropped; punctuation and emoji do not count.
  if (!/[^\P{L}A-Za-z]/u.test(latin)) {
    const kebab = latin
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 36)
      .replace(/^-+|-+$/g, '');
    if (kebab.length >= 2) return isValidSlug(kebab) ? kebab : `${kebab}-shop`;
  }
  return randomSlug();
}

function randomSlug(): string {
  const id = BigInt(`0x${randomBytes(8).toString('hex')}`).toString(36);
  return id.slice(0, 8).padStart(8, '0');
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

/** The suggested slug, or the first of slug-2 … slug-9, or a random one: the first still free. */
export async function assignSlugFromName(
  tx: Tx,
  storeId: string,
  name: string,
  now: Date,
): Promise<string> {
  const base = slugFromName(name);
  const candidates = [base, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${base}-${n}`)];
  for (const candidate of candidates) {
    if (isValidSlug(candidate) && (await trySetSlug(tx, storeId, candidate, now))) return candidate;
  }
  for (;;) {
    const candidate = randomSlug();
    if (await trySetSlug(tx, storeId, candidate, now)) return candidate;
  }
}
