import type { Executor } from '../../../db/client.ts';
import type { ProviderCode } from '../schema.ts';
import type { BankAccount } from '../settings.ts';

/** How the merchant pays an offline payment: the transfer's reference and where to send it. */
export interface PaymentInstructions {
  reference: string;
  /** Null if the platform's account was removed after the payment began. */
  bankAccount: BankAccount | null;
}

export interface Initiated {
  status: 'pending' | 'awaiting_confirmation';
  reference: string | null;
}

/**
 * A way to pay. Two ship: the sandbox (instant test payments) and offline bank transfer (a
 * finance operator confirms receipt). A real gateway would implement the same operations, and
 * report outcomes through the signed callback route.
 */
export interface PaymentProvider {
  readonly code: ProviderCode;
  /** No real money moves: payment, purchase and store are shown as TEST MODE. */
  readonly testMode: boolean;
  /** Start paying: the status the payment begins in, and its reference if it has one. */
  initiate(db: Executor): Promise<Initiated>;
  /** What the merchant needs to complete the payment, if anything. */
  instructions(
    db: Executor,
    payment: { reference: string | null },
  ): Promise<PaymentInstructions | null>;
  /** Does the signature prove that the callback body came from this provider? */
  verifyCallback(rawBody: string, signature: string | undefined, secret: string): boolean;
}
