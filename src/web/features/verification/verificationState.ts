import { useEffect, useSyncExternalStore } from 'react';
import { ApiError, api } from '../../api';
import { useAuth } from '../auth/session';
import type { Verification } from './types';

// The signed-in merchant's latest verification, shared by the seller header (the verified
// badge) and the verification page, so a submission or a fresh load shows in both at once.

type Snapshot = {
  merchantId: string | null;
  /** undefined: not known yet; null: nothing submitted. */
  verification: Verification | null | undefined;
};

let snapshot: Snapshot = { merchantId: null, verification: undefined };
let loadingFor: string | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The merchant's latest submission; null when there is none (404 kyc.not_found). */
export async function fetchVerification(signal?: AbortSignal): Promise<Verification | null> {
  try {
    return await api.get<Verification>('/me/verification', signal ? { signal } : {});
  } catch (error) {
    if (error instanceof ApiError && error.code === 'kyc.not_found') return null;
    throw error;
  }
}

/** What a page learned about the merchant's verification, for every other view of it. */
export function publishVerification(merchantId: string, verification: Verification | null) {
  snapshot = { merchantId, verification };
  for (const listener of listeners) listener();
}

async function load(merchantId: string, knownNone: boolean) {
  if (loadingFor === merchantId) return;
  if (knownNone) {
    publishVerification(merchantId, null);
    return;
  }
  loadingFor = merchantId;
  try {
    publishVerification(merchantId, await fetchVerification());
  } catch {
    // The badge is a nicety: without an answer the header simply shows none.
  } finally {
    loadingFor = null;
  }
}

/** The merchant's verification, loaded once per signed-in merchant. */
export function useMerchantVerification(merchantId: string | null) {
  const current = useSyncExternalStore(subscribe, () => snapshot);
  // A new account's session says it has none: nothing to ask (and no 404 to get).
  const knownNone = useAuth().hasNo('verification');
  useEffect(() => {
    if (merchantId && snapshot.merchantId !== merchantId) void load(merchantId, knownNone);
  }, [merchantId, knownNone]);
  return merchantId && current.merchantId === merchantId ? current.verification : undefined;
}
