import type { Tx } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import { merchantDepositBalance } from '../../ledger/index.ts';
import type { ProviderCode } from '../../payments/index.ts';
import { requireStoreOfMerchant } from '../find-store.ts';
import { RENEWABLE } from '../lifecycle.ts';
import { requirePackage } from '../offerings/find-offering-rows.ts';
import { notifyOfflineInstructions } from './notify-offline-instructions.ts';
import { openPurchase } from './open-purchase.ts';

/**
 * Renew for another year at the package's current fee. If penalties took the deposit below what
 * the store must hold, the shortfall is due with the fee (SPEC §8's top-up), so a renewed store
 * is whole again. Success extends the service and reactivates an expired or suspended store.
 */
export async function renewStore(
  tx: Tx,
  input: { merchantId: string; provider: ProviderCode; now: Date },
) {
  const store = await requireStoreOfMerchant(tx, input.merchantId, { forUpdate: true });
  if (!RENEWABLE.includes(store.status)) {
    throw new AppError('store.not_renewable', undefined, { status: store.status });
  }
  const pkg = await requirePackage(tx, store.packageId);
  const balance = await merchantDepositBalance(tx, store.merchantId);
  const { purchase, payment } = await openPurchase(tx, {
    store,
    kind: 'renewal',
    pkg,
    feeAmount: pkg.feeAmount,
    depositAmount: Math.max(0, store.depositRequired - balance.amount),
    provider: input.provider,
    trademarkUploadId: null,
    now: input.now,
  });
  await notifyOfflineInstructions(tx, payment);
  return { store, purchase, payment };
}
