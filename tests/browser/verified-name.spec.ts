import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// A real name typed before verification that differs from the verified one ("Co Ltd" against
// "Co., Ltd."): where the name is edited and where the store's requirements are listed, the
// merchant is told, with the verified name, and takes it over in one click.

const verifiedName = 'Harbour Trading Co., Ltd.';
const typedName = 'Harbour Trading Co Ltd';
const screenshotDir = process.env.SCREENSHOT_DIR;

const zh = { locale: 'zh-CN', use: '使用认证名称', saved: '名称已保存。' } as const;
const en = { locale: 'en', use: 'Use the verified name', saved: 'Your name is saved.' } as const;
// Both languages, on a desktop and at phone width.
const cases = [
  { ...zh, width: 1280 },
  { ...en, width: 390 },
  { ...zh, width: 390 },
  { ...en, width: 1280 },
];

async function shoot(page: Page, name: string) {
  if (!screenshotDir) return;
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

for (const each of cases) {
  test.describe(`a name that differs from the verified one (${each.locale}, ${each.width} px)`, () => {
    test.use({ locale: each.locale, viewport: { width: each.width, height: 860 } });

    test.beforeEach(async ({ verifiedMerchant }) => {
      await verifiedMerchant({
        accountType: 'enterprise',
        realName: typedName,
        identityName: verifiedName,
      });
    });

    test('the store requirements name the verified name, and one click meets the condition', async ({
      page,
      server,
    }) => {
      await page.goto(`${server.url}/store`);
      const condition = page.getByTestId('condition-real_name');
      const notice = condition.getByTestId('verified-name-mismatch');
      await expect(notice).toContainText(verifiedName);
      await expect(notice).toContainText(typedName);
      await expect(condition).toHaveAttribute('data-met', 'false');
      await shoot(page, `verified-name-store-${each.locale}-${each.width}`);

      await notice.getByRole('button', { name: each.use }).click();
      await expect(condition).toHaveAttribute('data-met', 'true');
      await expect(page.getByTestId('verified-name-mismatch')).toHaveCount(0);
    });

    test('the account page shows the mismatch where the name is edited, and fixes it', async ({
      page,
      server,
    }) => {
      await page.goto(`${server.url}/account`);
      const notice = page.getByTestId('verified-name-mismatch');
      await expect(notice).toContainText(verifiedName);
      await shoot(page, `verified-name-account-${each.locale}-${each.width}`);

      await notice.getByRole('button', { name: each.use }).click();
      await expect(page.getByText(each.saved)).toBeVisible();
      const realName = page.locator('input[name=realName]');
      await expect(realName).toHaveValue(verifiedName);
      await expect(page.getByTestId('verified-name-mismatch')).toHaveCount(0);

      // Typing a different name again is not silently "saved": the mismatch comes back.
      await realName.fill(typedName);
      await realName.press('Enter');
      await expect(page.getByTestId('verified-name-mismatch')).toBeVisible();
      await expect(page.getByText(each.saved)).toHaveCount(0);
    });
  });
}
