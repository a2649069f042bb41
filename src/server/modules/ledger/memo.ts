/** What a transfer is for: a code readers' languages render, and the values its message needs. */
export interface TransferMemo {
  code: string;
  params: Record<string, unknown>;
}

// Transfers are immutable, so those posted before memo codes keep the English sentence they were
// written with; the sentences Kaidian itself wrote are read as the codes that replaced them.
const LEGACY_MEMOS: Record<string, TransferMemo> = {
  'Service fee': { code: 'payment.fee', params: { testMode: false } },
  'Service fee (TEST MODE)': { code: 'payment.fee', params: { testMode: true } },
  Deposit: { code: 'payment.deposit', params: { testMode: false } },
  'Deposit (TEST MODE)': { code: 'payment.deposit', params: { testMode: true } },
};

/** A transfer's memo as a code, when it has one or its stored text is one Kaidian wrote. */
export function transferMemo(transfer: {
  memoCode: string | null;
  memoParams: Record<string, unknown> | null;
  memo: string | null;
}): TransferMemo | null {
  if (transfer.memoCode) return { code: transfer.memoCode, params: transfer.memoParams ?? {} };
  return (transfer.memo && LEGACY_MEMOS[transfer.memo]) || null;
}
