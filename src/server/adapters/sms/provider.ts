import type { Tx } from '../../db/client.ts';

export interface OutgoingSms {
  /** E.164, e.g. +8613800138000. */
  to: string;
  text: string;
  messageKey: string;
  outboxId: number;
}

/** What a real SMS carrier integration implements; the default records to the dev mailbox. */
export interface SmsProvider {
  readonly name: string;
  send(tx: Tx, sms: OutgoingSms): Promise<void>;
}
