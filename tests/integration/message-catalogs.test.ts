import { describe, expect, it } from 'vitest';
import { composition } from '../../src/server/app-modules.ts';
import { ruleMessages } from '../../src/server/http/validation-messages.ts';
import { accountNotificationMessages } from '../../src/server/modules/accounts/notification-messages.ts';
import { kycNotificationMessages } from '../../src/server/modules/kyc/notification-messages.ts';
import { orderNotificationMessages } from '../../src/server/modules/orders/notification-messages.ts';
import { storeNotificationMessages } from '../../src/server/modules/stores/notification-messages.ts';
import { foundationMessages } from '../../src/server/notifications/foundation-messages.ts';
import { notificationPairs } from '../../src/server/notifications/messages.ts';
import { catalogProblems, pairsOf } from '../../src/shared/i18n/catalog-checks.ts';

// Every server message is filled by the one ICU formatter (formatMessage); each language must be
// valid ICU and read the same values, or an error shows "{limit}" or "1 characters" in one of them.
// The web catalogs have the same check in src/web/i18n/catalogs.test.ts.
describe('server messages in English and Chinese', () => {
  it('agree for every error code of every module', () => {
    expect(catalogProblems(composition.errors)).toEqual([]);
  });

  it('agree for every validation rule', () => {
    expect(catalogProblems(pairsOf(ruleMessages.en, ruleMessages['zh-CN']))).toEqual([]);
  });

  it('agree for every e-mail and SMS', () => {
    const catalogs = [
      foundationMessages,
      accountNotificationMessages,
      kycNotificationMessages,
      storeNotificationMessages,
      orderNotificationMessages,
    ];
    expect(catalogs.flatMap((catalog) => catalogProblems(notificationPairs(catalog)))).toEqual([]);
  });
});
