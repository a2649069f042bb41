import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { requireStoreOfMerchant } from '../find-store.ts';
import { requireStoreType } from '../offerings/find-offering-rows.ts';
import { stores } from '../schema.ts';
import { checkDesignImages } from './check-images.ts';
import { claimStoreName } from './claim-name.ts';
import type { DesignInput, StoreDesign } from './design-input.ts';
import { checkStoreName, nameKey } from './store-name.ts';

/**
 * Save the draft design. Allowed while the store waits for payment too, so the merchant can get
 * it ready; buyers see nothing until it is published. The name is reserved from the draft on.
 */
export async function saveDesign(
  tx: Tx,
  input: { merchantId: string; design: DesignInput; now: Date; locale: Locale },
): Promise<StoreDesign> {
  const store = await requireStoreOfMerchant(tx, input.merchantId, { forUpdate: true });
  if (store.status === 'closed') throw new AppError('store.closed');
  const type = await requireStoreType(tx, store.storeTypeId);
  // Brand words ("official", 旗舰) are for stores whose type proves the trademark: flagship.
  const name = checkStoreName(input.design.name, {
    flagship: type.requiresTrademark,
    locale: input.locale,
  });
  const draft: StoreDesign = {
    name,
    templateId: input.design.templateId,
    theme: input.design.theme,
    // Lower case, as the database spells uuids: the storefront serves an image only by exact id.
    logoUploadId: input.design.logoUploadId?.toLowerCase() ?? null,
    bannerUploadId: input.design.bannerUploadId?.toLowerCase() ?? null,
    announcement: (input.design.announcement ?? '').trim(),
    about: (input.design.about ?? '').trim(),
    contacts: trimmedContacts(input.design.contacts ?? {}),
  };
  await checkDesignImages(
    tx,
    input.merchantId,
    { logo: draft.logoUploadId, banner: draft.bannerUploadId },
    input.locale,
  );
  const published = store.designPublished ? [nameKey(store.designPublished.name)] : [];
  await claimStoreName(tx, store.id, nameKey(name), published, input.now);
  await tx
    .update(stores)
    .set({ designDraft: draft, draftSavedAt: input.now, updatedAt: input.now })
    .where(eq(stores.id, store.id));
  return draft;
}

function trimmedContacts(contacts: StoreDesign['contacts']): StoreDesign['contacts'] {
  return Object.fromEntries(
    Object.entries(contacts)
      .map(([key, value]) => [key, (value ?? '').trim()])
      .filter(([, value]) => value !== ''),
  );
}
