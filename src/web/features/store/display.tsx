import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/i18n';
import testMode from './TestMode.module.css';
import type { Capabilities, PaymentStatus, StoreStatus, TemplateId, Theme } from './types';

export const storeStatusLabels: Record<StoreStatus, MessageKey> = {
  pending_payment: 'store.status.pending_payment',
  active: 'store.status.active',
  expiring: 'store.status.expiring',
  grace: 'store.status.grace',
  suspended: 'store.status.suspended',
  closed: 'store.status.closed',
};

/** Badge colours: the status classes of ui.css. */
const storeStatusTones: Record<StoreStatus, string> = {
  pending_payment: 'status--warn',
  active: 'status--ok',
  expiring: 'status--warn',
  grace: 'status--danger',
  suspended: 'status--danger',
  closed: 'status--muted',
};

export function StoreStatusBadge({ status }: { status: StoreStatus }) {
  const t = useT();
  return (
    <span
      className={`status ${storeStatusTones[status]}`}
      data-status={status}
      data-testid="store-status"
    >
      {t(storeStatusLabels[status])}
    </span>
  );
}

export const paymentStatusLabels: Record<PaymentStatus, MessageKey> = {
  pending: 'store.payment.status.pending',
  awaiting_confirmation: 'store.payment.status.awaiting_confirmation',
  succeeded: 'store.payment.status.succeeded',
  failed: 'store.payment.status.failed',
  cancelled: 'store.payment.status.cancelled',
};

const paymentStatusTones: Record<PaymentStatus, string> = {
  pending: 'status--warn',
  awaiting_confirmation: 'status--info',
  succeeded: 'status--ok',
  failed: 'status--danger',
  cancelled: 'status--muted',
};

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  const t = useT();
  return (
    <span className={`status ${paymentStatusTones[status]}`} data-status={status}>
      {t(paymentStatusLabels[status])}
    </span>
  );
}

/** Sandbox payments and the stores they paid for are marked the same way everywhere. */
export function TestModeBadge() {
  const t = useT();
  return (
    <span className={testMode.badge} data-testid="test-mode" title={t('store.testMode.title')}>
      {t('store.testMode')}
    </span>
  );
}

export const capabilityLabels: Record<keyof Capabilities, MessageKey> = {
  promotions: 'store.capability.promotions',
  customTemplates: 'store.capability.customTemplates',
  advertising: 'store.capability.advertising',
};

export const templateLabels: Record<TemplateId, { name: MessageKey; description: MessageKey }> = {
  classic: { name: 'store.template.classic', description: 'store.template.classic.description' },
  modern: { name: 'store.template.modern', description: 'store.template.modern.description' },
  wholesale: {
    name: 'store.template.wholesale',
    description: 'store.template.wholesale.description',
  },
};

export const themeLabels: Record<Theme, MessageKey> = {
  red: 'store.theme.red',
  teal: 'store.theme.teal',
  ink: 'store.theme.ink',
  gold: 'store.theme.gold',
};
