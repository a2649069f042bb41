import type { Locale } from '../../i18n/locale.ts';
import type { PaymentFailureCode } from './schema.ts';

/**
 * Why finance rejects a bank transfer: the reason they pick, the failure code the payment keeps,
 * and what the merchant reads. "other" is a reason finance writes themselves.
 */
export const TRANSFER_REJECTIONS = {
  wrong_payer: {
    failureCode: 'transfer_wrong_payer',
    en: 'the transfer did not come from the account holder',
    'zh-CN': '转账付款人与账户主体不一致',
  },
  not_received: {
    failureCode: 'transfer_not_received',
    en: 'no transfer with this reference has arrived',
    'zh-CN': '未收到附有此参考码的转账',
  },
  wrong_amount: {
    failureCode: 'transfer_wrong_amount',
    en: 'the amount transferred is not the amount due; it will be returned',
    'zh-CN': '转账金额与应付金额不一致，款项将原路退回',
  },
  other: {
    failureCode: 'transfer_rejected',
    en: 'the finance team could not accept the transfer',
    'zh-CN': '财务未能确认这笔转账',
  },
} as const satisfies Record<string, { failureCode: PaymentFailureCode } & Record<Locale, string>>;

export type TransferRejection = keyof typeof TRANSFER_REJECTIONS;
export const TRANSFER_REJECTION_REASONS = Object.keys(TRANSFER_REJECTIONS) as TransferRejection[];

/** How long finance's own words about a rejection may be. */
export const REJECTION_NOTE_MAX_LENGTH = 500;

/**
 * The reason as the merchant reads it, with finance's words after it when there are any; a
 * reason finance wrote themselves ("other") is just their words.
 */
export function rejectionText(
  reason: TransferRejection,
  note: string | null,
  locale: Locale,
): string {
  if (note && reason === 'other') return note;
  const label = TRANSFER_REJECTIONS[reason][locale];
  if (!note) return label;
  return locale === 'zh-CN' ? `${label}（${note}）` : `${label} (${note})`;
}
