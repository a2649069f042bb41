import type { Locale } from '../../i18n/locale.ts';
import { notificationText } from '../../notifications/messages.ts';
import { notificationQueue } from '../../notifications/queue.ts';
import { defineEmailTemplates } from '../../notifications/templates.ts';
import { rejectionText, type TransferRejection } from '../payments/index.ts';
import { storeNotificationMessages } from './notification-messages.ts';

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

const text = notificationText(storeNotificationMessages);

export const storeEmailTemplates = defineEmailTemplates({
  'stores.receipt': (locale, data: ReceiptMailData, { publicUrl }) => ({
    subject: text(locale, 'stores.receipt.subject', {
      mode: data.testMode ? 'test' : 'live',
      total: data.total,
    }),
    heading: text(locale, 'stores.receipt.heading', { kind: data.kind }),
    paragraphs: [
      text(locale, 'stores.receipt.plan', {
        storeType: data.storeType[locale],
        package: data.package[locale],
      }),
      text(locale, 'stores.receipt.amounts', data),
      text(locale, 'stores.receipt.service', { serviceEndsAt: day(data.serviceEndsAt, locale) }),
      ...(data.testMode ? [text(locale, 'stores.receipt.testMode')] : []),
      data.reference
        ? text(locale, 'stores.receipt.paymentWithReference', data)
        : text(locale, 'stores.receipt.payment', data),
    ],
    action: { label: text(locale, 'stores.action.manage'), url: `${publicUrl}/store` },
  }),

  'stores.offline_instructions': (locale, data: OfflineInstructionsMailData, { publicUrl }) => ({
    subject: text(locale, 'stores.offline_instructions.subject', data),
    heading: text(locale, 'stores.offline_instructions.heading'),
    paragraphs: [
      text(locale, 'stores.offline_instructions.transfer', data),
      data.bankAccount.swift
        ? text(locale, 'stores.offline_instructions.bankWithSwift', data.bankAccount)
        : text(locale, 'stores.offline_instructions.bank', data.bankAccount),
      text(locale, 'stores.offline_instructions.exactAmount'),
    ],
    code: data.reference,
    action: {
      label: text(locale, 'stores.offline_instructions.action'),
      url: `${publicUrl}/store`,
    },
  }),

  'stores.transfer_rejected': (locale, data: TransferRejectedMailData, { publicUrl }) => ({
    subject: text(locale, 'stores.transfer_rejected.subject', data),
    heading: text(locale, 'stores.transfer_rejected.heading'),
    paragraphs: [
      text(locale, 'stores.transfer_rejected.body', {
        total: data.total,
        reference: data.reference,
        why: rejectionText(data.reason, data.note, locale),
      }),
      text(locale, 'stores.transfer_rejected.closed'),
    ],
    action: { label: text(locale, 'stores.transfer_rejected.action'), url: `${publicUrl}/store` },
  }),

  'stores.renewal_reminder': (locale, data: LifecycleMailData, { publicUrl }) => ({
    subject: text(locale, 'stores.renewal_reminder.subject', { daysLeft: data.daysLeft }),
    heading: text(locale, 'stores.renewal_reminder.heading'),
    paragraphs: [
      text(locale, 'stores.renewal_reminder.body', {
        serviceEndsAt: day(data.serviceEndsAt, locale),
      }),
    ],
    action: { label: text(locale, 'stores.action.renew'), url: `${publicUrl}/store` },
  }),

  'stores.grace_started': (locale, data: LifecycleMailData, { publicUrl }) => ({
    subject: text(locale, 'stores.grace_started.subject'),
    heading: text(locale, 'stores.grace_started.heading'),
    paragraphs: [
      text(locale, 'stores.grace_started.body', {
        serviceEndsAt: day(data.serviceEndsAt, locale),
        suspendsAt: day(data.suspendsAt ?? data.serviceEndsAt, locale),
      }),
    ],
    action: { label: text(locale, 'stores.action.renew'), url: `${publicUrl}/store` },
  }),

  'stores.suspended': (locale, _data: LifecycleMailData, { publicUrl }) => ({
    subject: text(locale, 'stores.suspended.subject'),
    heading: text(locale, 'stores.suspended.heading'),
    paragraphs: [text(locale, 'stores.suspended.body')],
    action: { label: text(locale, 'stores.suspended.action'), url: `${publicUrl}/store` },
  }),
});

export const storeNotifications = { email: storeEmailTemplates };
export const { queueEmail } = notificationQueue(storeNotifications);
