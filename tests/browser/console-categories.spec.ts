import { randomBytes } from 'node:crypto';
import type { TestServer } from '../support/server.ts';
import { expectFitsScreen } from './fits-screen.ts';
import { expect, type SignedInOperator, test } from './fixtures.ts';

// The console's Categories page (SPEC §6, §9): an admin finds Categories in the navigation,
// searches the tree, adds a subcategory with a required list attribute, and the public tree
// (`GET /api/v1/categories`) lists it with the attribute at once. Every view fits a desktop and a
// 390 px phone in both languages; with SCREENSHOT_DIR set each one is saved there.

interface PublicCategory {
  code: string;
  name: string;
  children: PublicCategory[];
  attributes: { code: string; name: string; required: boolean; values?: string[] }[];
}

const findIn = (nodes: PublicCategory[], code: string): PublicCategory | undefined => {
  for (const node of nodes) {
    if (node.code === code) return node;
    const below = findIn(node.children, code);
    if (below) return below;
  }
  return undefined;
};

async function publicCategory(server: TestServer, code: string, language: string) {
  const response = await server.app.inject({
    method: 'GET',
    url: '/api/v1/categories',
    headers: { 'accept-language': language },
  });
  expect(response.statusCode).toBe(200);
  return findIn(response.json(), code);
}

test.describe('console categories', () => {
  let admin: SignedInOperator;
  test.beforeEach(async ({ operator, languageCookie, locale }) => {
    admin = await operator(['admin']);
    await languageCookie(locale === 'zh-CN' ? 'zh-CN' : 'en');
  });

  test.describe('in Chinese', () => {
    test.use({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });

    test('an admin adds a subcategory with a required list attribute, and buyers’ tree has it', async ({
      page,
      server,
    }) => {
      // The worker's server is shared: a code of this test's own.
      const code = `white-tea-${randomBytes(3).toString('hex')}`;
      await page.goto(`${server.url}/admin`);
      await page.getByRole('link', { name: '类目管理' }).first().click();
      await expect(page).toHaveURL(/\/admin\/categories/);

      const tree = page.getByRole('navigation', { name: '类目树' });
      await tree.getByRole('searchbox', { name: '搜索类目' }).fill('茶叶');
      await tree.getByRole('button', { name: /^茶叶/ }).click();
      await expect(page.getByRole('heading', { level: 2, name: '茶叶' })).toBeVisible();
      // What its products are asked already, from 食品茶叶 above it.
      await expect(page.getByTestId('inherited-attributes')).toContainText('产地');

      await page.getByRole('button', { name: '添加子类目' }).click();
      const dialog = page.getByRole('dialog', { name: '在“茶叶”下添加子类目' });
      await dialog.getByLabel('类目代码').fill('White Tea!');
      await dialog.getByLabel('名称 · English').fill('White tea');
      await dialog.getByLabel('名称 · 中文').fill('白茶');
      await dialog.getByRole('button', { name: '添加子类目' }).click();
      await expect(dialog).toContainText('请使用小写字母、数字和连字符');
      await dialog.getByLabel('类目代码').fill(code);
      await dialog.getByRole('button', { name: '添加子类目' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByRole('status')).toContainText('已添加“白茶”');
      await expect(page.getByRole('heading', { level: 2, name: '白茶' })).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`code=${code}`));

      await expect(page.getByText('新增的必填属性只在商品下次发布时才需要填写')).toBeVisible();
      await page.getByRole('button', { name: '添加属性' }).click();
      const attribute = page.getByRole('group', { name: '属性 1' });
      await attribute.getByLabel('属性代码').fill('leaf-grade');
      await attribute.getByLabel('名称 · English').fill('Leaf grade');
      await attribute.getByLabel('名称 · 中文').fill('白茶品类');
      await attribute.getByLabel('填写方式').selectOption({ label: '从列表中选择' });
      await attribute.getByLabel('必填').check();
      await page.getByRole('button', { name: '保存属性模板' }).click();
      await expect(attribute).toContainText('请至少填写一个可选值');
      await attribute
        .getByLabel('可选值（每行一个）')
        .fill('白毫银针 Silver Needle\n白牡丹 White Peony\n寿眉 Shoumei');
      await page.getByRole('button', { name: '保存属性模板' }).click();
      await expect(page.getByRole('status')).toContainText('属性模板已保存');

      const listed = await publicCategory(server, code, 'zh-CN');
      expect(listed?.name).toBe('白茶');
      expect(listed?.attributes.map((each) => each.code)).toEqual(
        expect.arrayContaining(['origin', 'tea-grade', 'leaf-grade']),
      );
      expect(listed?.attributes.at(-1)).toEqual({
        code: 'leaf-grade',
        name: '白茶品类',
        required: true,
        kind: 'list',
        values: ['白毫银针 Silver Needle', '白牡丹 White Peony', '寿眉 Shoumei'],
      });
      expect((await publicCategory(server, code, 'en'))?.attributes.at(-1)?.name).toBe(
        'Leaf grade',
      );

      // A reload shows the same category, and the edits are in the audit log.
      await page.reload();
      await expect(page.getByRole('heading', { level: 2, name: '白茶' })).toBeVisible();
      const log = await server.app.inject({
        method: 'GET',
        url: '/api/v1/admin/audit-log?targetType=category',
        headers: { cookie: admin.cookie },
      });
      expect(log.json().entries.map((entry: { action: string }) => entry.action)).toEqual(
        expect.arrayContaining(['category.created', 'category.attributes_changed']),
      );
    });

    test('deleting a category that has subcategories is refused, with the reason', async ({
      page,
      server,
    }) => {
      await page.goto(`${server.url}/admin/categories?code=tea`);
      await page.getByRole('button', { name: '删除类目' }).click();
      const dialog = page.getByRole('dialog', { name: '删除“茶叶”？' });
      await dialog.getByRole('button', { name: '删除', exact: true }).click();
      await expect(dialog.getByRole('alert')).toContainText('该类目下还有');
      await dialog.getByRole('button', { name: '取消' }).click();
      expect(await publicCategory(server, 'tea', 'zh-CN')).toBeDefined();
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
          await page.goto(`${server.url}/admin/categories?code=dresses`);
          const heading = language === 'en' ? 'Dresses' : '连衣裙';
          await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
          await expect(page.getByTestId('inherited-attributes')).toBeVisible();
          await expectFitsScreen(page, `console-categories-${language}-${device}`);
          await page
            .getByRole('button', { name: language === 'en' ? 'Add subcategory' : '添加子类目' })
            .click();
          await expect(page.getByRole('dialog')).toBeVisible();
          await expectFitsScreen(page, `console-categories-dialog-${language}-${device}`, false);
        });
      });
    }
  }
});
