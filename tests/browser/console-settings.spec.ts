import type { TestServer } from '../support/server.ts';
import { expectFitsScreen } from './fits-screen.ts';
import { expect, type SignedInOperator, test } from './fixtures.ts';

// The console's Settings page (SPEC §9): an admin finds Settings in the navigation, changes the
// code resend window in a dialog (a value out of range is refused first), a merchant's next code
// request follows the new window, the change is in the audit log, and the default comes back with
// one click. Every view fits a desktop and a 390 px phone in both languages; with SCREENSHOT_DIR
// set each one is saved there.

const RESEND = 'codes.resend_after_seconds';

const requestSignupCode = async (server: TestServer) =>
  (
    await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: {
        email: `seller-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`,
        password: 'lantern-copper-meadow-42',
        accountType: 'personal',
      },
    })
  ).json().resendAfterSeconds;

/** The setting as an admin would set it through the API (the server is shared by the worker). */
async function setResendWindow(server: TestServer, cookie: string, value: number | null) {
  const response = await server.app.inject({
    method: value === null ? 'DELETE' : 'PUT',
    url: `/api/v1/admin/settings/${RESEND}`,
    headers: { cookie },
    ...(value === null ? {} : { payload: { value } }),
  });
  expect(response.statusCode, response.body).toBe(200);
}

test.describe('console settings', () => {
  let admin: SignedInOperator;
  test.beforeEach(async ({ operator, languageCookie, locale }) => {
    admin = await operator(['admin']);
    await languageCookie(locale === 'zh-CN' ? 'zh-CN' : 'en');
  });

  test.describe('in Chinese', () => {
    test.use({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    // The window is the server's for every test of the worker: it goes back to the default.
    test.afterEach(async ({ server }) => setResendWindow(server, admin.cookie, null));

    test('an admin changes the code resend window, and it applies at once', async ({
      page,
      server,
    }) => {
      await page.goto(`${server.url}/admin`);
      await page.getByRole('link', { name: '平台设置' }).first().click();
      await expect(page).toHaveURL(/\/admin\/settings$/);
      const row = page.getByTestId(`setting-${RESEND}`);
      await expect(row.getByTestId('setting-value')).toHaveText('60 秒');

      await row.getByRole('button', { name: '修改' }).click();
      const dialog = page.getByRole('dialog');
      const input = dialog.getByLabel('新数值');
      await input.fill('5');
      await dialog.getByRole('button', { name: '保存' }).click();
      await expect(dialog).toContainText('请输入 10 至 3600 之间的整数');

      await input.fill('120');
      await dialog.getByRole('button', { name: '保存' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(row.getByTestId('setting-value')).toHaveText('120 秒');
      await expect(row).toContainText('修改于');
      expect(await requestSignupCode(server)).toBe(120);

      const log = await server.app.inject({
        method: 'GET',
        url: `/api/v1/admin/audit-log?action=setting.changed&targetId=${RESEND}`,
        headers: { cookie: admin.cookie },
      });
      expect(log.json().entries[0]).toMatchObject({
        actor: { id: admin.id },
        before: { value: 60 },
        after: { value: 120 },
      });
    });
  });

  test.describe('in English', () => {
    test.use({ locale: 'en', viewport: { width: 1280, height: 900 } });

    test('puts the default back with one click', async ({ page, server }) => {
      await setResendWindow(server, admin.cookie, 300);
      await page.goto(`${server.url}/admin/settings`);
      const row = page.getByTestId(`setting-${RESEND}`);
      await expect(row.getByTestId('setting-value')).toHaveText('300 seconds');
      await row.getByRole('button', { name: 'Edit' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Reset to default' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(row.getByTestId('setting-value')).toHaveText('60 seconds');
      expect(await requestSignupCode(server)).toBe(60);
    });
  });

  for (const language of ['en', 'zh-CN'] as const) {
    for (const [device, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      test.describe(`on a ${device} in ${language}`, () => {
        test.use({ locale: language, viewport });

        test('fits the screen, dialog included', async ({ page, server }) => {
          await page.goto(`${server.url}/admin/settings`);
          await expect(page.getByTestId('settings')).toBeVisible();
          await expectFitsScreen(page, `console-settings-${language}-${device}`);
          await page
            .getByTestId(`setting-${RESEND}`)
            .getByRole('button', { name: language === 'en' ? 'Edit' : '修改' })
            .click();
          await expect(page.getByRole('dialog')).toBeVisible();
          // The modal covers the screen, not the page: a screenshot of what is seen.
          await expectFitsScreen(page, `console-settings-dialog-${language}-${device}`, false);
        });
      });
    }
  }
});
