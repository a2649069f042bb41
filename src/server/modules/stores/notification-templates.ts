import { formatMessage } from '../../../shared/i18n/format-message.ts';
import { formatMoney } from '../../../shared/money.ts';
import type { Locale } from '../../i18n/locale.ts';
import { notificationQueue } from '../../notifications/queue.ts';
import { defineEmailTemplates } from '../../notifications/templates.ts';
import { rejectionText, type TransferRejection } from '../payments/index.ts';

type Names = { en: string; 'zh-CN': string };
type MoneyData = { amount: number; currency: string };

export interface ReceiptMailData {
  kind: 'open' | 'renewal';
  storeType: Names;
  package: Names;
  fee: MoneyData;
  deposit: MoneyData;
  total: MoneyData;
  paymentId: string;
  reference: string | null;
  serviceEndsAt: string;
  testMode: boolean;
}

export interface OfflineInstructionsMailData {
  reference: string;
  total: MoneyData;
  bankAccount: {
    accountName: string;
    bankName: string;
    accountNumber: string;
    swift: string | null;
  };
}

export interface TransferRejectedMailData {
  reference: string;
  total: MoneyData;
  reason: TransferRejection;
  /** Finance's own words, if they wrote any. */
  note: string | null;
}

export interface LifecycleMailData {
  serviceEndsAt: string;
  daysLeft?: number;
  suspendsAt?: string;
}

const day = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

export const storeEmailTemplates = defineEmailTemplates({
  'stores.receipt': (locale, data: ReceiptMailData, { publicUrl }) => {
    const money = (value: MoneyData) => formatMoney(value, locale);
    const test = data.testMode;
    return locale === 'zh-CN'
      ? {
          subject: `${test ? '【测试模式】' : ''}开店：付款收据（${money(data.total)}）`,
          heading: data.kind === 'open' ? '付款成功，店铺已开通' : '续费成功',
          paragraphs: [
            `${data.storeType['zh-CN']} · ${data.package['zh-CN']}`,
            `服务费 ${money(data.fee)}，保证金 ${money(data.deposit)}，合计 ${money(data.total)}。`,
            `服务有效期至 ${day(data.serviceEndsAt, locale)}。保证金在您关店并满足退还条件后可申请退还。`,
            ...(test ? ['这是一笔测试模式付款，没有产生真实资金往来。'] : []),
            `付款编号：${data.paymentId}${data.reference ? `，转账参考码：${data.reference}` : ''}`,
          ],
          action: { label: '进入店铺管理', url: `${publicUrl}/store` },
        }
      : {
          subject: `${test ? '[TEST MODE] ' : ''}Kaidian: payment receipt (${money(data.total)})`,
          heading: data.kind === 'open' ? 'Payment received: your store is open' : 'Renewal paid',
          paragraphs: [
            `${data.storeType.en} · ${data.package.en}`,
            `Service fee ${money(data.fee)}, deposit ${money(data.deposit)}, total ${money(data.total)}.`,
            `Your service runs until ${day(data.serviceEndsAt, locale)}. The deposit is returned when you close the store and the refund conditions are met.`,
            ...(test ? ['This was a TEST MODE payment: no real money moved.'] : []),
            `Payment ${data.paymentId}${data.reference ? `, transfer reference ${data.reference}` : ''}`,
          ],
          action: { label: 'Manage your store', url: `${publicUrl}/store` },
        };
  },

  'stores.offline_instructions': (locale, data: OfflineInstructionsMailData, { publicUrl }) => {
    const { bankAccount: bank } = data;
    const total = formatMoney(data.total, locale);
    return locale === 'zh-CN'
      ? {
          subject: `开店：请通过银行转账支付 ${total}`,
          heading: '请完成银行转账',
          paragraphs: [
            `请向以下账户转账 ${total}，并在转账附言中填写参考码 ${data.reference}。`,
            `户名：${bank.accountName}；开户行：${bank.bankName}；账号：${bank.accountNumber}${bank.swift ? `；SWIFT：${bank.swift}` : ''}`,
            '请按应付金额全额转账：金额不符的转账无法确认。财务确认到账后店铺即开通，并会再通知您。',
          ],
          code: data.reference,
          action: { label: '查看付款状态', url: `${publicUrl}/store` },
        }
      : {
          subject: `Kaidian: please pay ${total} by bank transfer`,
          heading: 'Complete your bank transfer',
          paragraphs: [
            `Transfer ${total} to the account below and quote the reference ${data.reference}.`,
            `Account name: ${bank.accountName}; bank: ${bank.bankName}; account number: ${bank.accountNumber}${bank.swift ? `; SWIFT: ${bank.swift}` : ''}`,
            'Transfer exactly the amount due: a different amount cannot be confirmed. Your store opens as soon as our finance team confirms the receipt, and we will tell you.',
          ],
          code: data.reference,
          action: { label: 'See the payment status', url: `${publicUrl}/store` },
        };
  },

  'stores.transfer_rejected': (locale, data: TransferRejectedMailData, { publicUrl }) => {
    const total = formatMoney(data.total, locale);
    const why = rejectionText(data.reason, data.note, locale);
    return locale === 'zh-CN'
      ? {
          subject: `开店：您的银行转账（${data.reference}）未能确认`,
          heading: '银行转账未能确认',
          paragraphs: [
            `财务未能确认参考码为 ${data.reference}、金额 ${total} 的转账，原因：${why}。`,
            '这笔付款已关闭。如已转出款项，财务会与您联系退回事宜。您可以在店铺管理中重新付款。',
          ],
          action: { label: '重新付款', url: `${publicUrl}/store` },
        }
      : {
          subject: `Kaidian: your bank transfer (${data.reference}) could not be confirmed`,
          heading: 'Your bank transfer could not be confirmed',
          paragraphs: [
            `Our finance team could not confirm the transfer of ${total} with the reference ${data.reference}: ${why}.`,
            'This payment is closed. If you sent money, finance will contact you about returning it. You can pay again from your store page.',
          ],
          action: { label: 'Pay again', url: `${publicUrl}/store` },
        };
  },

  'stores.renewal_reminder': (locale, data: LifecycleMailData, { publicUrl }) =>
    locale === 'zh-CN'
      ? {
          subject: `开店：店铺服务将在 ${data.daysLeft} 天后到期`,
          heading: '请及时续费',
          paragraphs: [
            `您的店铺服务将于 ${day(data.serviceEndsAt, locale)} 到期。到期后有 15 天宽限期，之后店铺将被暂停，暂停期间无法发布和销售。`,
          ],
          action: { label: '立即续费', url: `${publicUrl}/store` },
        }
      : {
          subject: formatMessage(
            "Kaidian: your store's service ends in {daysLeft, plural, one {# day} other {# days}}",
            { daysLeft: data.daysLeft },
          ),
          heading: 'Time to renew',
          paragraphs: [
            `Your store's service ends on ${day(data.serviceEndsAt, locale)}. After that there is a 15-day grace period; then the store is suspended and nothing can be published or sold until you renew.`,
          ],
          action: { label: 'Renew now', url: `${publicUrl}/store` },
        },

  'stores.grace_started': (locale, data: LifecycleMailData, { publicUrl }) =>
    locale === 'zh-CN'
      ? {
          subject: '开店：店铺服务已到期，进入宽限期',
          heading: '店铺服务已到期',
          paragraphs: [
            `您的店铺服务已于 ${day(data.serviceEndsAt, locale)} 到期。若在 ${day(data.suspendsAt ?? data.serviceEndsAt, locale)} 前未续费，店铺将被暂停。`,
          ],
          action: { label: '立即续费', url: `${publicUrl}/store` },
        }
      : {
          subject: "Kaidian: your store's service has ended — grace period",
          heading: "Your store's service has ended",
          paragraphs: [
            `Your store's service ended on ${day(data.serviceEndsAt, locale)}. Renew before ${day(data.suspendsAt ?? data.serviceEndsAt, locale)} or the store will be suspended.`,
          ],
          action: { label: 'Renew now', url: `${publicUrl}/store` },
        },

  'stores.suspended': (locale, _data: LifecycleMailData, { publicUrl }) =>
    locale === 'zh-CN'
      ? {
          subject: '开店：店铺已暂停',
          heading: '店铺已暂停',
          paragraphs: [
            '宽限期已结束，您的店铺已暂停：店铺页面不再对买家展示，也无法发布或销售。店铺和数据都会保留，续费后立即恢复。',
          ],
          action: { label: '续费恢复店铺', url: `${publicUrl}/store` },
        }
      : {
          subject: 'Kaidian: your store is suspended',
          heading: 'Your store is suspended',
          paragraphs: [
            'The grace period is over and your store is suspended: buyers no longer see it, and nothing can be published or sold. Your store and its data are kept; renewing restores it at once.',
          ],
          action: { label: 'Renew to restore your store', url: `${publicUrl}/store` },
        },
});

export const storeNotifications = { email: storeEmailTemplates };
export const { queueEmail } = notificationQueue(storeNotifications);
