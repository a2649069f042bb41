import type { Page } from '@playwright/test';
import { recordAudit } from '../../src/server/modules/audit/index.ts';
import { seedMerchants, seedReviewCases } from '../support/merchant-seed.ts';
import { expect, test } from './fixtures.ts';

// The console's lists keep their filters and shown pages in the address (ui/list, validateSearch
// of their routes): on the review queue and the audit log, a reviewer or admin sets filters and
// loads a second page; a reload, a trip to another page and back, and back/forward between two
// filter states each show the same filters and the same rows.

// 300 seeded merchants (merchant-seed.ts): every fifth one's case is rejected, so 60 rejected
// cases, a first page of 50 and a second of 10. Their numbers are this file's own: the worker's
// database is shared with other files.
const FIRST = 730_000;
const SEEDED = 300;
const NAMES = 'Seeded Merchant 730';
// Audit entries of an action no one else records: 60 about `probe_a`, 5 about `probe_b`.
const ACTION = 'console_lists.probe';

test.beforeAll(async ({ server }) => {
  await seedMerchants(server.database.pool, FIRST, FIRST + SEEDED);
  await seedReviewCases(server.database.pool, FIRST, FIRST + SEEDED);
  const at = Date.now() - 60 * 60_000;
  for (let i = 0; i < 65; i++) {
    await recordAudit(server.database.db, {
      actor: null,
      action: ACTION,
      target: { type: i < 60 ? 'probe_a' : 'probe_b', id: `probe-${i}` },
      at: new Date(at + i * 1000),
    });
  }
});

const rows = (page: Page, testId: string) => page.getByTestId(testId).locator('tbody tr');
const search = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

test('the review queue keeps its filters and pages through reload, other pages and back/forward', async ({
  page,
  operator,
  server,
}) => {
  await operator(['reviewer', 'admin']);
  await page.goto(`${server.url}/admin/verifications`);
  await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();

  // Filters: personal cases, not approved, found by name (the search runs as typing pauses).
  await page.getByLabel('Type').selectOption('personal');
  await page.getByRole('tab', { name: /^Not approved/ }).click();
  await page.getByLabel('Search').fill(NAMES);
  await expect.poll(() => search(page).q).toBe(NAMES);
  await expect(rows(page, 'verification-queue')).toHaveCount(50);
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(rows(page, 'verification-queue')).toHaveCount(60);
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);
  expect(search(page)).toMatchObject({ status: 'rejected', kind: 'personal', pages: '2' });
  const shown = await rows(page, 'verification-queue').allTextContents();

  const same = async () => {
    await expect(rows(page, 'verification-queue')).toHaveCount(60);
    expect(await rows(page, 'verification-queue').allTextContents()).toEqual(shown);
    await expect(page.getByRole('tab', { name: /^Not approved/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByLabel('Type')).toHaveValue('personal');
    await expect(page.getByLabel('Search')).toHaveValue(NAMES);
  };

  await page.reload();
  await same();

  await page.locator('#console-nav').getByRole('link', { name: 'Audit log' }).click();
  await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
  await page.goBack();
  await same();

  // A second filter state: the approved ones (one page). Back and forward restore each.
  await page.getByRole('tab', { name: /^Approved/ }).click();
  await expect(rows(page, 'verification-queue')).toHaveCount(50);
  await expect(page.getByRole('tab', { name: /^Approved/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  expect(search(page).status).toBe('approved');
  expect(search(page).pages).toBeUndefined();
  await page.goBack();
  await same();
  await page.goForward();
  await expect(page.getByRole('tab', { name: /^Approved/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(rows(page, 'verification-queue')).toHaveCount(50);
  await expect(page.getByLabel('Search')).toHaveValue(NAMES);
});

test('the audit log keeps its filters and pages through reload, other pages and back/forward', async ({
  page,
  operator,
  server,
}) => {
  await operator(['admin', 'reviewer']);
  await page.goto(`${server.url}/admin/audit-log`);
  await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();

  await page.getByLabel('Action').fill(ACTION);
  await page.getByLabel('Target type').fill('probe_a');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(rows(page, 'audit-log')).toHaveCount(50);
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(rows(page, 'audit-log')).toHaveCount(60);
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);
  expect(search(page)).toMatchObject({ action: ACTION, targetType: 'probe_a', pages: '2' });
  const shown = await rows(page, 'audit-log').allTextContents();

  const same = async () => {
    await expect(rows(page, 'audit-log')).toHaveCount(60);
    expect(await rows(page, 'audit-log').allTextContents()).toEqual(shown);
    await expect(page.getByLabel('Action')).toHaveValue(ACTION);
    await expect(page.getByLabel('Target type')).toHaveValue('probe_a');
  };

  await page.reload();
  await same();

  await page.locator('#console-nav').getByRole('link', { name: 'Review queue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
  await page.goBack();
  await same();

  // A second filter state: the other target. Back and forward restore each, fields and rows.
  await page.getByLabel('Target type').fill('probe_b');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(rows(page, 'audit-log')).toHaveCount(5);
  await page.goBack();
  await same();
  await page.goForward();
  await expect(rows(page, 'audit-log')).toHaveCount(5);
  await expect(page.getByLabel('Target type')).toHaveValue('probe_b');
  await expect(page.getByRole('button', { name: 'Clear' })).toBeVisible();
});
