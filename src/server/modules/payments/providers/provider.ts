import type { Executor } from '../../../db/client.ts';
import type { ProviderCode } from '../schema.ts';
import type { BankAccount } from '../settings.ts';

/** How the merchant pays an offline payment: the transfer's reference and where to send it. */
export interface PaymentInstructions {
  reference: string;
  /** Null if the platform's account was removed after the payment began. */
  bankAccount: BankAccount | null;
}

/** A refund the provider carried out: its reference for it (a bank's, for a transfer back). */
export interface Refunded {
  reference: string;
}

export interface RefundOrder {
  refundId: string;
  amount: number;
  currency: string;
  /** Offline: the reference of the bank transfer finance made to send the money back. */
  bankReference: string | null;
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
  /**
   * What the payer needs to complete the payment, if anything. The platform's bank account is
   * read once by the caller (once for a whole page of payments).
   */
  instructions(
    payment: { reference: string | null },
    platformAccount: BankAccount | null,
  ): PaymentInstructions | null;
  /**
   * Give money back from a succeeded payment. Throws an AppError if the provider refuses; a
   * gateway would call its API here with the refund id as its idempotency key.
   */
  refund(payment: { id: string; reference: string | null }, order: RefundOrder): Promise<Refunded>;
  /** Does the signature prove that the callback body came from this provider? */
  verifyCallback(rawBody: string, signature: string | undefined, secret: string): boolean;
}
