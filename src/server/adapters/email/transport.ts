import type { Tx } from '../../db/client.ts';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The outbox idempotency key; also sent as a header so duplicates can be traced. */
  messageKey: string;
  outboxId: number;
}

export interface EmailTransport {
  readonly name: 'smtp' | 'mailbox';
  /** Runs inside the outbox worker's transaction, so database-backed transports commit with it. */
  send(tx: Tx, email: OutgoingEmail): Promise<void>;
  close(): Promise<void>;
}
