import { expect, test } from './fixtures.ts';

// The console's growth-plan editor (SPEC §2, §9): the open tab is part of the address, so a
// reload, a shared link and back/forward show the same tab; and what the server refuses in a rule
// is shown where it was entered (the task list), the dialog staying open with the operator's work.

test.use({ locale: 'en', viewport: { width: 1280, height: 900 } });

test('the open tab lives in the address: reload and back/forward show the same tab', async ({
  page,
  server,
  operator,
}) => {
  await operator(['admin']);
  await page.goto(`${server.url}/admin/growth`);
  const tab = (name: RegExp) => page.getByRole('tab', { name });
  await expect(tab(/^Rules/)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('growth-rules')).toBeVisible();

  await tab(/^Tasks/).click();
  await expect(page).toHaveURL(/\/admin\/growth\?tab=tasks$/);
  await expect(page.getByTestId('growth-tasks')).toBeVisible();
  await tab(/^Preview/).click();
  await expect(page).toHaveURL(/\?tab=preview$/);
  await expect(page.getByTestId('growth-preview')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\?tab=tasks$/);
  await expect(tab(/^Tasks/)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('growth-tasks')).toBeVisible();
  await page.goForward();
  await expect(tab(/^Preview/)).toHaveAttribute('aria-selected', 'true');

  await page.reload();
  await expect(tab(/^Preview/)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('growth-preview')).toBeVisible();
  // An address naming no tab that exists opens the rules.
  await page.goto(`${server.url}/admin/growth?tab=nonsense`);
  await expect(tab(/^Rules/)).toHaveAttribute('aria-selected', 'true');
});

test('a rule left without tasks is refused, and the server says so under its task list', async ({
  page,
  server,
  operator,
}) => {
  await operator(['admin']);
  await page.goto(`${server.url}/admin/growth?tab=rules`);
  await page.locator('[data-rule="dropshipper"]').getByRole('button', { name: /^Edit/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit rule dropshipper' });
  const taskList = dialog.getByTestId('task-keys');
  await taskList.getByRole('button', { name: /^Remove / }).click();
  await expect(taskList.getByText('No tasks yet: add at least one.')).toBeVisible();

  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(taskList.getByRole('alert')).toBeVisible();
  await expect(dialog).toBeVisible();

  // Adding a task back is enough: the rule saves and the dialog closes.
  await taskList.getByLabel('Add a task to this rule…').selectOption('vet_suppliers');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').getByText('Saved.')).toBeVisible();
});
