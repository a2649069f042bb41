import { expect, test } from './fixtures.ts';

// The console's Operators page (SPEC §9): an admin creates an operator — what is missing and what
// the server refuses are said in the dialog — sees the new operator's authenticator set-up
// once, then changes their roles and disables them; each change shows in the list at once.

test.describe('console operators', () => {
  test('an admin creates an operator, fixing what the form and the server refuse', async ({
    page,
    server,
    operator,
  }) => {
    const admin = await operator(['admin']);
    await page.goto(`${server.url}/admin/operators`);
    await expect(page.getByRole('heading', { level: 1, name: 'Operators' })).toBeVisible();
    await page.getByRole('button', { name: 'New operator' }).click();
    const dialog = page.getByRole('dialog', { name: 'New operator' });

    // Nothing filled in and no role: each field says what it needs, nothing is sent.
    await dialog.getByRole('checkbox', { name: /Reviewer/ }).uncheck();
    await dialog.getByRole('button', { name: 'Create operator' }).click();
    await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('This field is required.')).toHaveCount(3);
    await expect(dialog.getByText('Choose at least one role.')).toBeVisible();

    // The server refuses an e-mail address already taken, under that field; what was typed stays.
    await dialog.getByLabel('Name').fill('Wang Fang');
    const email = dialog.getByLabel('E-mail address');
    await email.fill(admin.email);
    await dialog.getByLabel('Initial password', { exact: true }).fill('amber-willow-harbor-73');
    await dialog.getByRole('checkbox', { name: /Finance/ }).check();
    await dialog.getByRole('button', { name: 'Create operator' }).click();
    await expect(
      dialog
        .getByRole('alert')
        .filter({ hasText: 'An operator with this e-mail address already exists.' }),
    ).toBeVisible();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    // The fields now filled in are no longer marked.
    await expect(dialog.getByText('This field is required.')).toHaveCount(0);
    await expect(dialog.getByLabel('Name')).toHaveValue('Wang Fang');

    const newEmail = `wang-${Date.now()}@example.com`;
    await email.fill(newEmail);
    await dialog.getByRole('button', { name: 'Create operator' }).click();
    const setup = page.getByTestId('totp-setup');
    await expect(
      setup.getByRole('img', { name: 'QR code of the authenticator set-up' }),
    ).toBeVisible();
    await expect(setup.getByLabel('Set-up link (otpauth://)')).toHaveValue(/^otpauth:\/\/totp\//);
    await setup.getByRole('button', { name: 'Done' }).click();

    // The new operator is in the list straight away, with the role chosen.
    const row = page.getByTestId(`operator-${newEmail}`);
    await expect(row.getByText('Wang Fang')).toBeVisible();
    await expect(row.getByRole('listitem')).toHaveText(['Finance']);
  });

  test('an admin changes an operator’s roles, then disables them', async ({
    page,
    server,
    operator,
  }) => {
    await operator(['admin']);
    const colleague = await operator(['reviewer'], { signedIn: false });
    await page.goto(`${server.url}/admin/operators`);
    const row = page.getByTestId(`operator-${colleague.email}`);
    await expect(row.getByRole('listitem')).toHaveText(['Reviewer']);

    await row.getByRole('button', { name: 'Change roles' }).click();
    await row.getByRole('checkbox', { name: 'Finance' }).check();
    await row.getByRole('button', { name: 'Save roles' }).click();
    await expect(row.getByRole('listitem')).toHaveText(['Reviewer', 'Finance']);

    await row.getByRole('button', { name: 'Disable' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByRole('button', { name: 'Disable' }).click();
    await expect(row.getByText('Disabled', { exact: true })).toBeVisible();
    await expect(row.getByRole('button', { name: 'Enable' })).toBeVisible();

    // What the list shows is what the server has.
    await page.reload();
    await expect(row.getByRole('listitem')).toHaveText(['Reviewer', 'Finance']);
    await expect(row.getByText('Disabled', { exact: true })).toBeVisible();
  });
});
