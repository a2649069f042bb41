import type { MessageKey } from '../../i18n/en';

/** Actions the app records, by name in the reader's language (any other text still filters). */
export const knownActions: Record<string, MessageKey> = {
  'operator.login': 'console.audit.action.operator.login',
  'operator.login_failed': 'console.audit.action.operator.login_failed',
  'operator.logout': 'console.audit.action.operator.logout',
  'operator.created': 'console.audit.action.operator.created',
  'operator.updated': 'console.audit.action.operator.updated',
  'verification.approved': 'console.audit.action.verification.approved',
  'verification.rejected': 'console.audit.action.verification.rejected',
  'verification.changes_requested': 'console.audit.action.verification.changes_requested',
  'verification.document_viewed': 'console.audit.action.verification.document_viewed',
  'store_type.created': 'console.audit.action.store_type.created',
  'store_type.updated': 'console.audit.action.store_type.updated',
  'store_package.created': 'console.audit.action.store_package.created',
  'store_package.updated': 'console.audit.action.store_package.updated',
  'payment.confirmed': 'console.audit.action.payment.confirmed',
  'payment.refunded': 'console.audit.action.payment.refunded',
  'payment_settings.updated': 'console.audit.action.payment_settings.updated',
  'setting.changed': 'console.audit.action.setting.changed',
  'setting.reset': 'console.audit.action.setting.reset',
  'merchant.viewed': 'console.audit.action.merchant.viewed',
  'growth_task.created': 'console.audit.action.growth_task.created',
  'growth_task.updated': 'console.audit.action.growth_task.updated',
  'growth_rule.created': 'console.audit.action.growth_rule.created',
  'growth_rule.updated': 'console.audit.action.growth_rule.updated',
  'growth_rule.deleted': 'console.audit.action.growth_rule.deleted',
};

/** What entries are about, offered as suggestions of the target filter. */
export const knownTargetTypes = [
  'operator',
  'verification',
  'store_type',
  'store_package',
  'payment',
  'payment_settings',
  'setting',
  'merchant',
  'growth_task',
  'growth_rule',
];
