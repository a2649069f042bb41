import type { ContactChannel } from '../schema.ts';
import type { CodePurpose } from './schema.ts';

/** Purposes a signed-in merchant asks for; the others are asked for by someone not signed in. */
const SIGNED_IN_PURPOSES: ReadonlySet<CodePurpose> = new Set(['reauth', 'change_contact']);

/**
 * What the "100 failures per account and channel" counter is kept for. Signed in: the account.
 * Not signed in: the address, which stands for the account on that channel — and, for sign-up or
 * an unknown address, is all there is, so an unknown address is counted and blocked exactly like
 * a known one and the block reveals nothing.
 */
export interface CodeScope {
  channel: ContactChannel;
  key: string;
}

export function codeScope(
  purpose: CodePurpose,
  channel: ContactChannel,
  address: string,
  merchantId: string | null,
): CodeScope {
  if (SIGNED_IN_PURPOSES.has(purpose) && merchantId) {
    return { channel, key: `merchant:${merchantId}` };
  }
  return { channel, key: `address:${address}` };
}
