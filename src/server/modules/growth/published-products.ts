import type { Executor } from '../../db/client.ts';

/**
 * How many products a merchant has published, counted up to `upTo`: what "publish 10 products"
 * asks. Products sit on top of stores, which use growth, so the composition registers the count
 * here (app-modules.ts) rather than growth importing products; until then it is 0.
 */
export type PublishedProductCount = (
  db: Executor,
  merchantId: string,
  upTo: number,
) => Promise<number>;

let published: PublishedProductCount = async () => 0;

/** Called once by the module composition. */
export function registerPublishedProductCount(count: PublishedProductCount): void {
  published = count;
}

export const countPublishedProducts: PublishedProductCount = (db, merchantId, upTo) =>
  published(db, merchantId, upTo);
