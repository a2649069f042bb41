import { describe, expect, it } from 'vitest';
import { APP_MODULES, composition, scheduledJobs } from './app-modules.ts';
import { composeModules, defineModule } from './module.ts';
import { paymentSubject } from './modules/payments/subjects.ts';
import { storesModule } from './modules/stores/index.ts';

const refused = { status: 409, en: 'Refused.', 'zh-CN': '已拒绝。' };

describe('module composition', () => {
  it('stops start-up when two modules define the same error code', () => {
    const first = defineModule({ name: 'first', errors: { 'shared.refused': refused } });
    const second = defineModule({ name: 'second', errors: { 'shared.refused': refused } });
    expect(() => composeModules([first, second], { name: 'foundation' })).toThrowError(
      'error code shared.refused is defined twice',
    );
  });

  it('stops start-up when a module repeats a foundation code, template or job', () => {
    const foundation = {
      name: 'foundation',
      errors: { internal: refused },
      jobs: [{ name: 'prune', everyMs: 1000, run: async () => undefined }],
    };
    expect(() =>
      composeModules([defineModule({ name: 'a', errors: { internal: refused } })], foundation),
    ).toThrowError('error code internal is defined twice');
    expect(() =>
      composeModules(
        [defineModule({ name: 'a', jobs: [{ name: 'prune', everyMs: 5, run: async () => {} }] })],
        foundation,
      ),
    ).toThrowError('job prune is defined twice');
    const template = () => 'text';
    expect(() =>
      composeModules(
        [
          defineModule({ name: 'a', notifications: { sms: { 'a.hello': template } } }),
          defineModule({ name: 'b', notifications: { sms: { 'a.hello': template } } }),
        ],
        foundation,
      ),
    ).toThrowError('SMS template a.hello is defined twice');
    expect(() =>
      composeModules([defineModule({ name: 'a' }), defineModule({ name: 'a' })], foundation),
    ).toThrowError('module a is listed twice');
  });

  it('stops start-up when a module subscribes to an event no module records, or two record one', () => {
    const foundation = { name: 'foundation' };
    const listener = defineModule({
      name: 'listener',
      subscribers: { 'kyc.aproved': async () => undefined },
    });
    expect(() =>
      composeModules(
        [defineModule({ name: 'kyc', events: ['kyc.approved'] }), listener],
        foundation,
      ),
    ).toThrowError('module listener subscribes to kyc.aproved, which no module records');
    expect(() =>
      composeModules(
        [
          defineModule({ name: 'a', events: ['shared.happened'] }),
          defineModule({ name: 'b', events: ['shared.happened'] }),
        ],
        foundation,
      ),
    ).toThrowError('event shared.happened is recorded by two modules');
  });

  it('lets growth hear the facts that complete its tasks instead of being called', () => {
    const growthTopics = Object.entries(composition.subscribers)
      .filter(([, subscribers]) => subscribers.some((s) => s.module === 'growth'))
      .map(([topic]) => topic);
    expect(growthTopics.sort()).toEqual([
      'account.contact_verified',
      'kyc.approved',
      'product.imported',
      'product.published',
      'store.design_published',
      'store.opened',
      'store.renewed',
    ]);
  });

  it("takes every module's routes, codes, templates and jobs from the one list", () => {
    expect(composition.routes).toEqual(APP_MODULES.flatMap((module) => module.routes));
    for (const module of APP_MODULES) {
      for (const code of Object.keys(module.errors)) {
        expect(composition.errors[code]).toBe(module.errors[code]);
      }
    }
    // Foundation codes and the test e-mail sit beside the modules' own.
    expect(composition.errors['validation.failed']).toBeDefined();
    expect(Object.keys(composition.emailTemplates)).toEqual(
      expect.arrayContaining([
        'system.test',
        'accounts.signup_code',
        'kyc.approved',
        'stores.receipt',
      ]),
    );
    expect(scheduledJobs().map((job) => job.name)).toEqual([
      'rate-limits.prune',
      'accounts.prune-codes',
      'kyc.expiry-reminders',
      'stores.lifecycle',
      'carts.prune',
      'orders.expire-unpaid',
      'directory.backfill',
    ]);
  });

  it('lets payments settle what a manifest says it pays for, without importing the module', () => {
    expect(paymentSubject('store_purchase')).toBe(storesModule.paymentSubjects.store_purchase);
    expect(() => paymentSubject('deposit_top_up')).toThrowError(
      /no payment subject "deposit_top_up"/,
    );
  });
});
