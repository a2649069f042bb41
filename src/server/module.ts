import type { AppDeps, AppInstance } from './app-types.ts';
import type { Tx } from './db/client.ts';
import type { ErrorCatalog } from './errors.ts';
import type { ScheduledJob } from './jobs/scheduler.ts';
import type { SettingsReader } from './modules/settings/index.ts';
import type { EmailTemplate, SmsTemplate } from './notifications/templates.ts';
import type { EventSubscriber } from './outbox/events.ts';

export type ModuleRoutes = (app: AppInstance, deps: AppDeps) => void | Promise<void>;

/** A module's e-mail and SMS templates, by the name a queued notification carries. */
export interface NotificationTemplates {
  email?: Record<string, EmailTemplate<never>>;
  sms?: Record<string, SmsTemplate<never>>;
}

/** A periodic job; it reads rule numbers (reminder days, grace periods) from the settings. */
export interface ModuleJob {
  name: string;
  everyMs: number;
  run(tx: Tx, now: Date, settings: SettingsReader): Promise<void>;
}

/**
 * What a payment can pay for, as the composition sees it. Method syntax on purpose: the owning
 * module types it with the payments module's own PaymentSubject (its Payment row) and it fits.
 */
export interface PaymentSubjectHooks {
  /** Where each line kind of its payments posts in the ledger. */
  linePostings(tx: Tx, payment: never): Promise<Record<string, unknown>>;
  succeeded(tx: Tx, payment: never, now: Date): Promise<void>;
  failed(tx: Tx, payment: never, now: Date): Promise<void>;
}

/** All the app needs to know about one business module. */
export interface ModuleManifest {
  name: string;
  routes: ModuleRoutes[];
  /** code → { status, en, zh-CN } */
  errors: ErrorCatalog;
  notifications: Required<NotificationTemplates>;
  jobs: ModuleJob[];
  /** payment subject type (payments.subject_type) → what happens when its payment ends */
  paymentSubjects: Record<string, PaymentSubjectHooks>;
  /** domain events this module records (recordEvent), by topic: `kyc.approved` */
  events: string[];
  /** domain event topic → what this module does when it happens */
  subscribers: Record<string, EventSubscriber>;
}

export type ModuleDefinition = Pick<ModuleManifest, 'name'> &
  Partial<Omit<ModuleManifest, 'name' | 'notifications'>> & {
    notifications?: NotificationTemplates;
  };

/** A module's manifest, with what it does not have left empty. */
export function defineModule(definition: ModuleDefinition): ModuleManifest {
  return {
    name: definition.name,
    routes: definition.routes ?? [],
    errors: definition.errors ?? {},
    notifications: {
      email: definition.notifications?.email ?? {},
      sms: definition.notifications?.sms ?? {},
    },
    jobs: definition.jobs ?? [],
    paymentSubjects: definition.paymentSubjects ?? {},
    events: definition.events ?? [],
    subscribers: definition.subscribers ?? {},
  };
}

/** The app's modules merged: one of each registry, every name defined once. */
export interface Composition {
  modules: readonly ModuleManifest[];
  routes: ModuleRoutes[];
  errors: ErrorCatalog;
  emailTemplates: Record<string, EmailTemplate<unknown>>;
  smsTemplates: Record<string, SmsTemplate<unknown>>;
  jobs: ModuleJob[];
  paymentSubjects: Record<string, PaymentSubjectHooks>;
  /** every module's domain event topics */
  events: string[];
  /** domain event topic → every module's subscriber to it */
  subscribers: Record<string, { module: string; subscriber: EventSubscriber }[]>;
}

/**
 * Merge the manifests (and what the foundation brings: HTTP-level errors, the test e-mail, the
 * rate-limit clean-up). A name two parts both define stops start-up: a second definition would
 * otherwise silently win.
 */
export function composeModules(
  modules: readonly ModuleManifest[],
  foundation: Omit<ModuleDefinition, 'routes' | 'paymentSubjects' | 'events' | 'subscribers'>,
): Composition {
  const parts = [defineModule(foundation), ...modules];
  const names = new Set<string>();
  for (const { name } of parts) {
    if (names.has(name)) throw new Error(`module ${name} is listed twice`);
    names.add(name);
  }
  const jobNames = new Set<string>();
  for (const job of parts.flatMap((part) => part.jobs)) {
    if (jobNames.has(job.name)) throw new Error(`job ${job.name} is defined twice`);
    jobNames.add(job.name);
  }
  return {
    modules,
    routes: modules.flatMap((module) => module.routes),
    errors: mergeOnce(
      'error code',
      parts.map((part) => part.errors),
    ),
    emailTemplates: mergeOnce(
      'e-mail template',
      parts.map((part) => part.notifications.email as Record<string, EmailTemplate<unknown>>),
    ),
    smsTemplates: mergeOnce(
      'SMS template',
      parts.map((part) => part.notifications.sms as Record<string, SmsTemplate<unknown>>),
    ),
    jobs: parts.flatMap((part) => part.jobs),
    paymentSubjects: mergeOnce(
      'payment subject',
      parts.map((part) => part.paymentSubjects),
    ),
    events: modules.flatMap((module) => module.events),
    subscribers: subscribersByTopic(modules),
  };
}

/** The composed jobs, ready for the scheduler. */
export function scheduledJobsOf(
  composition: Composition,
  settings: SettingsReader,
): ScheduledJob[] {
  return composition.jobs.map((job) => ({
    name: job.name,
    everyMs: job.everyMs,
    run: (tx, now) => job.run(tx, now, settings),
  }));
}

/** A subscriber to an event no module records would silently never run: it stops start-up. */
function subscribersByTopic(modules: readonly ModuleManifest[]): Composition['subscribers'] {
  const published = new Set<string>();
  for (const topic of modules.flatMap((module) => module.events)) {
    if (published.has(topic)) throw new Error(`event ${topic} is recorded by two modules`);
    published.add(topic);
  }
  const byTopic: Composition['subscribers'] = {};
  for (const module of modules) {
    for (const [topic, subscriber] of Object.entries(module.subscribers)) {
      if (!published.has(topic)) {
        throw new Error(`module ${module.name} subscribes to ${topic}, which no module records`);
      }
      byTopic[topic] = [...(byTopic[topic] ?? []), { module: module.name, subscriber }];
    }
  }
  return byTopic;
}

function mergeOnce<T>(what: string, parts: Record<string, T>[]): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part)) {
      if (name in merged) throw new Error(`${what} ${name} is defined twice`);
      merged[name] = value;
    }
  }
  return merged;
}
