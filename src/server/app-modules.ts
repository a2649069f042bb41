import { foundationErrors } from './foundation-errors.ts';
import { pruneRateLimitCounters } from './http/rate-limit.ts';
import type { ScheduledJob } from './jobs/scheduler.ts';
import { composeModules, scheduledJobsOf } from './module.ts';
import { accountsModule, registerAccountHoldings } from './modules/accounts/index.ts';
import { auditModule } from './modules/audit/index.ts';
import { auditLogModule } from './modules/audit-log/index.ts';
import { cartsModule } from './modules/carts/index.ts';
import { categoriesModule, registerCategoryUsage } from './modules/categories/index.ts';
import { directoryModule } from './modules/directory/index.ts';
import {
  getBusinessProfile,
  growthModule,
  registerPublishedProductCount,
} from './modules/growth/index.ts';
import { kycModule, latestSubmission } from './modules/kyc/index.ts';
import { ledgerModule } from './modules/ledger/index.ts';
import { operatorsModule } from './modules/operators/index.ts';
import { ordersModule } from './modules/orders/index.ts';
import {
  type PaymentSubject,
  paymentsModule,
  registerPaymentSubjects,
} from './modules/payments/index.ts';
import {
  countProductsInCategories,
  countPublishedProducts,
  isPublicProductImage,
  productsModule,
} from './modules/products/index.ts';
import { sessionsModule } from './modules/sessions/index.ts';
import { defaultSettings, type SettingsReader, settingsModule } from './modules/settings/index.ts';
import { settingsAdminModule } from './modules/settings-admin/index.ts';
import { findStoreOfMerchant, storesModule } from './modules/stores/index.ts';
import { registerPublicImageCheck, uploadsModule } from './modules/uploads/index.ts';
import { type DeliveryDeps, notificationHandlers } from './notifications/deliver.ts';
import { foundationNotifications } from './notifications/foundation-templates.ts';
import { eventHandlers } from './outbox/events.ts';
import type { OutboxHandlers } from './outbox/worker.ts';

/**
 * Every business module of the app, in the order their routes are registered. Adding a module is
 * its folder under modules/ and one line here: its routes, error codes, templates, jobs and
 * payment subjects come from its manifest.
 */
export const APP_MODULES = [
  accountsModule,
  growthModule,
  operatorsModule,
  auditModule,
  auditLogModule,
  uploadsModule,
  kycModule,
  storesModule,
  categoriesModule,
  productsModule,
  cartsModule,
  ordersModule,
  directoryModule,
  paymentsModule,
  settingsModule,
  settingsAdminModule,
  sessionsModule,
  ledgerModule,
];

/** Built once at start: a code, template, job or payment subject defined twice stops it here. */
export const composition = composeModules(APP_MODULES, {
  name: 'foundation',
  errors: foundationErrors,
  notifications: foundationNotifications,
  jobs: [
    {
      name: 'rate-limits.prune',
      everyMs: 60 * 60 * 1000,
      run: (tx, now) => pruneRateLimitCounters(tx, { now: () => now }),
    },
  ],
});

// Payments settles whatever a manifest says it can pay for, without importing the module.
registerPaymentSubjects(composition.paymentSubjects as Record<string, PaymentSubject>);

// The session probe says what a merchant has yet, so the web never asks for what is not there.
registerAccountHoldings({
  verification: async (db, merchantId) => Boolean(await latestSubmission(db, merchantId)),
  store: async (db, merchantId) => Boolean(await findStoreOfMerchant(db, merchantId)),
  businessProfile: async (db, merchantId) => Boolean(await getBusinessProfile(db, merchantId)),
});

// A category with products in it is not deleted (categories cannot import products).
registerCategoryUsage(countProductsInCategories);

// Product images are public while their product is published in a visible store (uploads cannot
// import products, which sit on top of it).
registerPublicImageCheck(isPublicProductImage);

// "Publish 10 products" counts them through products (growth sits below it).
registerPublishedProductCount(countPublishedProducts);

/** Every module's periodic jobs, for the scheduler (tests pass no settings: the defaults). */
export function scheduledJobs(settings: SettingsReader = defaultSettings): ScheduledJob[] {
  return scheduledJobsOf(composition, settings);
}

/** The outbox worker's handlers: every module's e-mail and SMS templates, and event subscribers. */
export function outboxHandlers(deps: Omit<DeliveryDeps, 'templates'>): OutboxHandlers {
  return {
    ...eventHandlers(composition.events, composition.subscribers),
    ...notificationHandlers({
      ...deps,
      templates: { email: composition.emailTemplates, sms: composition.smsTemplates },
    }),
  };
}
