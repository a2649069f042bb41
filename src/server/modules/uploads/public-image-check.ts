import type { Executor } from '../../db/client.ts';

/**
 * Whether an uploaded product image may be shown to anyone: it belongs to a published product of
 * a store buyers can see. Products sit on top of uploads, so the composition registers the check
 * here (app-modules.ts); until it does, no product image is public.
 */
export type PublicImageCheck = (db: Executor, uploadId: string) => Promise<boolean>;

let publicImageCheck: PublicImageCheck = async () => false;

/** Called once by the module composition. */
export function registerPublicImageCheck(check: PublicImageCheck): void {
  publicImageCheck = check;
}

export const isPublicProductImage: PublicImageCheck = (db, uploadId) =>
  publicImageCheck(db, uploadId);
