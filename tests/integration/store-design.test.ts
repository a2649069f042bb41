import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/server/clock.ts';
import type { TestApp } from '../support/app.ts';
import { createOperatorTestApp } from '../support/operators.ts';
import {
  api,
  buyStore,
  designFor,
  enterBankAccount,
  offer,
  openStore,
  storeMerchant,
  uploadImage,
} from '../support/stores.ts';

describe('store design: name rules, images, publishing and the slug', () => {
  const clock = new ManualClock('2026-05-01T00:00:00Z');
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createOperatorTestApp(clock);
    await enterBankAccount(testApp);
  });
  afterAll(() => testApp.close());

  async function activeMerchant() {
    const merchant = await storeMerchant(testApp);
    await openStore(testApp, merchant);
    return merchant;
  }

  const saveDesign = (merchant: { cookie: string }, body: unknown, locale = 'en') =>
    api(testApp, 'PUT', '/api/v1/me/store/design', {
      cookie: merchant.cookie,
      body,
      headers: { 'accept-language': locale },
    });

  it('refuses "ＡＢＣ Store" when "abc store" exists', async () => {
    const first = await activeMerchant();
    const second = await activeMerchant();
    expect(
      (await saveDesign(first, await designFor(testApp, first, { name: 'abc store' }))).statusCode,
    ).toBe(200);

    const taken = await saveDesign(
      second,
      await designFor(testApp, second, { name: 'ＡＢＣ Store' }),
    );
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('store.name_taken');
    const shouting = await saveDesign(
      second,
      await designFor(testApp, second, { name: '  ABC   STORE ' }),
    );
    expect(shouting.json().error.code).toBe('store.name_taken');
    // The owner may save it again, in another spelling.
    expect(
      (await saveDesign(first, await designFor(testApp, first, { name: 'ABC Store' }))).statusCode,
    ).toBe(200);
  });

  it('keeps a published name reserved while the owner drafts another', async () => {
    const owner = await activeMerchant();
    const other = await activeMerchant();
    await saveDesign(owner, await designFor(testApp, owner, { name: 'Blue Kettle' }));
    await api(testApp, 'POST', '/api/v1/me/store/design/publish', { cookie: owner.cookie });
    await saveDesign(owner, await designFor(testApp, owner, { name: 'Red Kettle' }));

    const blue = await saveDesign(other, await designFor(testApp, other, { name: 'blue kettle' }));
    expect(blue.json().error.code).toBe('store.name_taken');
    // Publishing the new name lets the old one go.
    await api(testApp, 'POST', '/api/v1/me/store/design/publish', { cookie: owner.cookie });
    expect(
      (await saveDesign(other, await designFor(testApp, other, { name: 'blue kettle' })))
        .statusCode,
    ).toBe(200);
  });

  it.each([
    ['Kaidian Outlet', 'reserved'],
    ['开店小铺', 'reserved'],
    ['Admin Shop', 'reserved'],
    ['Official Tea', 'reserved'],
    ['茶叶官方店', 'reserved'],
    ['旗舰茶行', 'reserved'],
    ['Visit www.tea.test', 'url'],
    ['https://tea', 'url'],
    ['tea-shop.com', 'url'],
    ['tea@shop.example', 'email'],
    ['Call 138 0013 8000', 'phone'],
    ['A', 'length'],
    ['This store name is far too long to fit', 'length'],
  ])('refuses the name %j (%s)', async (name, reason) => {
    const merchant = await activeMerchant();
    const response = await saveDesign(merchant, await designFor(testApp, merchant, { name }));
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'store.name_invalid',
      details: { reason },
    });
  });

  it('accepts names that only look like the refused ones', async () => {
    const merchant = await activeMerchant();
    for (const name of ['Badminton Club 2026', 'J.Crew Corner', '茶 · 小院', 'Café Rouge']) {
      const response = await saveDesign(merchant, await designFor(testApp, merchant, { name }));
      expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
    }
  });

  it('explains a refused name in the merchant language', async () => {
    const merchant = await activeMerchant();
    const response = await saveDesign(
      merchant,
      await designFor(testApp, merchant, { name: '官方茶行' }),
      'zh-CN',
    );
    expect(response.json().error.message).toBe('该店铺名称不能使用：“官方”是保留词。');
  });

  it('checks the logo and banner: own upload, right purpose, size and shape', async () => {
    const merchant = await activeMerchant();
    const stranger = await storeMerchant(testApp);
    const cases: [string, Promise<string>, string][] = [
      ['logoUploadId', uploadImage(testApp, merchant.cookie, 'logo', 400, 300), 'not_square'],
      ['logoUploadId', uploadImage(testApp, merchant.cookie, 'logo', 150, 150), 'too_small'],
      ['logoUploadId', uploadImage(testApp, merchant.cookie, 'banner', 400, 400), 'wrong_purpose'],
      ['logoUploadId', uploadImage(testApp, stranger.cookie, 'logo', 400, 400), 'not_found'],
      ['bannerUploadId', uploadImage(testApp, merchant.cookie, 'banner', 1000, 400), 'too_small'],
      ['bannerUploadId', uploadImage(testApp, merchant.cookie, 'banner', 1600, 1000), 'not_wide'],
    ];
    for (const [field, upload, reason] of cases) {
      const body = await designFor(testApp, merchant, { [field]: await upload });
      const response = await saveDesign(merchant, body);
      expect(response.statusCode, `${field} ${reason}`).toBe(422);
      expect(response.json().error.details.reason).toBe(reason);
    }
    // Within 2% of square is square enough (a cropped photo).
    const nearlySquare = await uploadImage(testApp, merchant.cookie, 'logo', 408, 400);
    const ok = await saveDesign(
      merchant,
      await designFor(testApp, merchant, { logoUploadId: nearlySquare }),
    );
    expect(ok.statusCode).toBe(200);
  });

  it('refuses a template or theme that does not exist', async () => {
    const merchant = await activeMerchant();
    const response = await saveDesign(
      merchant,
      await designFor(testApp, merchant, { theme: 'pink' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation.failed');
  });

  it('lets a store waiting for payment design but not publish', async () => {
    const merchant = await storeMerchant(testApp);
    await buyStore(testApp, merchant, await offer(testApp, 'personal', 'basic'), 'offline');
    expect((await saveDesign(merchant, await designFor(testApp, merchant))).statusCode).toBe(200);
    const publish = await api(testApp, 'POST', '/api/v1/me/store/design/publish', {
      cookie: merchant.cookie,
    });
    expect(publish.statusCode).toBe(409);
    expect(publish.json().error.code).toBe('store.not_publishable');
  });

  it('derives a kebab-case slug from a Latin name, unique across stores', async () => {
    const first = await activeMerchant();
    const second = await activeMerchant();
    await saveDesign(first, await designFor(testApp, first, { name: 'Mountain Honey!' }));
    await saveDesign(second, await designFor(testApp, second, { name: 'Mountain-Honey' }));
    const a = await api(testApp, 'POST', '/api/v1/me/store/design/publish', {
      cookie: first.cookie,
    });
    const b = await api(testApp, 'POST', '/api/v1/me/store/design/publish', {
      cookie: second.cookie,
    });
    expect(a.json()).toEqual({ slug: 'mountain-honey' });
    expect(b.json()).toEqual({ slug: 'mountain-honey-2' });
  });

  it('derives the slug of a Chinese name through pinyin', async () => {
    const merchant = await activeMerchant();
    await saveDesign(merchant, await designFor(testApp, merchant, { name: '山里的蜂蜜' }));
    const { slug } = (
      await api(testApp, 'POST', '/api/v1/me/store/design/publish', { cookie: merchant.cookie })
    ).json();
    expect(slug).toBe('shan-li-de-feng-mi');
    const page = await api(testApp, 'GET', `/s/${slug}`);
    expect(page.body).toContain('山里的蜂蜜');
  });

  it('numbers the slugs of names that spell alike, even when they publish at once', async () => {
    const names = ['Lily 小衣橱', 'Lily·小衣橱', 'LILY 小衣橱！', '★Lily 小衣橱★', 'lily-小衣橱'];
    const merchants = [];
    for (const name of names) {
      const merchant = await activeMerchant();
      await saveDesign(merchant, await designFor(testApp, merchant, { name }));
      merchants.push(merchant);
    }
    const [first, ...rest] = merchants;
    if (!first) throw new Error('no merchant');
    const publish = (merchant: { cookie: string }) =>
      api(testApp, 'POST', '/api/v1/me/store/design/publish', { cookie: merchant.cookie });
    expect((await publish(first)).json()).toEqual({ slug: 'lily-xiao-yi-chu' });
    const answers = await Promise.all(rest.map(publish));
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200]);
    expect(answers.map((answer) => answer.json().slug).sort()).toEqual([
      'lily-xiao-yi-chu-2',
      'lily-xiao-yi-chu-3',
      'lily-xiao-yi-chu-4',
      'lily-xiao-yi-chu-5',
    ]);
    // A store keeps the slug it got: publishing again does not derive a new one.
    expect((await publish(first)).json()).toEqual({ slug: 'lily-xiao-yi-chu' });
  });

  it('lets the slug be changed once', async () => {
    const merchant = await activeMerchant();
    const other = await activeMerchant();
    await saveDesign(other, await designFor(testApp, other, { name: 'Taken Address' }));
    await api(testApp, 'POST', '/api/v1/me/store/design/publish', { cookie: other.cookie });
    await saveDesign(merchant, await designFor(testApp, merchant, { name: 'Slug Once' }));
    await api(testApp, 'POST', '/api/v1/me/store/design/publish', { cookie: merchant.cookie });

    const change = (slug: string) =>
      api(testApp, 'PUT', '/api/v1/me/store/slug', { cookie: merchant.cookie, body: { slug } });
    expect((await change('Bad Slug!')).json().error.code).toBe('store.slug_invalid');
    expect((await change('admin')).json().error.code).toBe('store.slug_invalid');
    expect((await change('taken-address')).json().error.code).toBe('store.slug_taken');
    const changed = await change('slug-twice-no');
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ slug: 'slug-twice-no' });
    expect((await api(testApp, 'GET', '/s/slug-twice-no')).statusCode).toBe(200);
    expect((await api(testApp, 'GET', '/s/slug-once')).statusCode).toBe(404);

    const again = await change('third-try');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('store.slug_locked');
    const store = (
      await api(testApp, 'GET', '/api/v1/me/store', { cookie: merchant.cookie })
    ).json();
    expect(store).toMatchObject({
      slug: 'slug-twice-no',
      slugEditable: false,
      url: 'http://localhost:3000/s/slug-twice-no',
    });
  });

  it('keeps the published design until the next publication', async () => {
    const merchant = await activeMerchant();
    await saveDesign(
      merchant,
      await designFor(testApp, merchant, { name: 'First Light', announcement: 'Old news' }),
    );
    const { slug } = (
      await api(testApp, 'POST', '/api/v1/me/store/design/publish', { cookie: merchant.cookie })
    ).json();
    await saveDesign(
      merchant,
      await designFor(testApp, merchant, { name: 'First Light', announcement: 'Fresh news' }),
    );
    expect((await api(testApp, 'GET', `/s/${slug}`)).body).toContain('Old news');
    const store = (
      await api(testApp, 'GET', '/api/v1/me/store', { cookie: merchant.cookie })
    ).json();
    expect(store.design.draft.announcement).toBe('Fresh news');
    expect(store.design.published.announcement).toBe('Old news');
    await api(testApp, 'POST', '/api/v1/me/store/design/publish', { cookie: merchant.cookie });
    expect((await api(testApp, 'GET', `/s/${slug}`)).body).toContain('Fresh news');
  });

  it('renders each template with its theme, escaping what the merchant wrote', async () => {
    const merchant = await activeMerchant();
    await saveDesign(
      merchant,
      await designFor(testApp, merchant, {
        name: 'Wholesale <b>Bolts</b>',
        templateId: 'wholesale',
        theme: 'ink',
        about: '<script>alert(1)</script>',
      }),
    );
    const { slug } = (
      await api(testApp, 'POST', '/api/v1/me/store/design/publish', { cookie: merchant.cookie })
    ).json();
    const page = await api(testApp, 'GET', `/s/${slug}`);
    expect(page.body).toContain('tpl-wholesale theme-ink');
    expect(page.body).toContain('class="sf-side"');
    expect(page.body).toContain('Wholesale &lt;b&gt;Bolts&lt;/b&gt;');
    expect(page.body).not.toContain('<script>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
  });
});
