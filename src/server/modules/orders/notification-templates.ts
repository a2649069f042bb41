import type { Locale } from '../../i18n/locale.ts';
import { notificationText } from '../../notifications/messages.ts';
import { notificationQueue } from '../../notifications/queue.ts';
import { defineEmailTemplates } from '../../notifications/templates.ts';
import { orderNotificationMessages } from './notification-messages.ts';

type MoneyData = { amount: number; currency: string };

export interface OrderLineData {
  title: string;
  sku: string;
  options: Record<string, string>;
  quantity: number;
  unit: MoneyData;
  line: MoneyData;
}

export interface MerchantPaidMailData {
  orderId: string;
  number: string;
  total: MoneyData;
  lines: OrderLineData[];
  buyer: { name: string; email: string; phone: string };
  /** Written in the merchant's language when queued. */
  address: string;
}

export interface BuyerPlacedMailData {
  orderId: string;
  /** The private key: the link in this mail is the only place the buyer finds it. */
  key: string;
  number: string;
  store: string;
  total: MoneyData;
  payBy: string;
  lines: OrderLineData[];
  transfer: {
    accountName: string;
    bankName: string;
    accountNumber: string;
    reference: string;
  } | null;
}

const text = notificationText(orderNotificationMessages);

const lineText = (locale: Locale, line: OrderLineData) =>
  text(locale, 'orders.line', {
    ...line,
    options:
      Object.keys(line.options).length > 0 ? ` (${Object.values(line.options).join(' / ')})` : '',
  });

const when = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso));

export const orderEmailTemplates = defineEmailTemplates({
  'orders.merchant_paid': (locale, data: MerchantPaidMailData, { publicUrl }) => ({
    subject: text(locale, 'orders.merchant_paid.subject', data),
    heading: text(locale, 'orders.merchant_paid.heading'),
    paragraphs: [
      text(locale, 'orders.merchant_paid.intro', { ...data, buyer: data.buyer.name }),
      ...data.lines.map((line) => lineText(locale, line)),
      text(locale, 'orders.merchant_paid.buyer', data.buyer),
      text(locale, 'orders.merchant_paid.address', data),
    ],
    action: { label: text(locale, 'orders.merchant_paid.action'), url: `${publicUrl}/` },
  }),

  'orders.buyer_placed': (locale, data: BuyerPlacedMailData, { publicUrl }) => ({
    subject: text(locale, 'orders.buyer_placed.subject', data),
    heading: text(locale, 'orders.buyer_placed.heading'),
    paragraphs: [
      text(locale, 'orders.buyer_placed.intro', data),
      ...data.lines.map((line) => lineText(locale, line)),
      text(locale, 'orders.buyer_placed.payBy', { payBy: when(data.payBy, locale) }),
      ...(data.transfer
        ? [text(locale, 'orders.buyer_placed.transfer', { ...data.transfer, total: data.total })]
        : []),
      text(locale, 'orders.buyer_placed.keep'),
    ],
    action: {
      label: text(locale, 'orders.buyer_placed.action'),
      url: `${publicUrl}/orders/${data.orderId}?key=${encodeURIComponent(data.key)}`,
    },
  }),
});

export const orderNotifications = { email: orderEmailTemplates };
export const { queueEmail } = notificationQueue(orderNotifications);
