import { describe, expect, it } from 'vitest';
import {
  emptyProductValues,
  formFieldFor,
  type ProductValues,
  productBody,
  qualityFromValues,
} from './formValues';
import { descriptionText, qualityOf } from './quality';
import { tierProblems } from './tiers';
import { combinations, variantRows } from './variantMatrix';

const template = [
  { code: 'brand', name: 'Brand', required: true, kind: 'text' as const },
  {
    code: 'material',
    name: 'Material',
    required: false,
    kind: 'list' as const,
    values: ['cotton', 'silk'],
  },
];

/** A form filled in as a careful merchant would: every checklist item done. */
function complete(): ProductValues {
  return {
    ...emptyProductValues(),
    title: '2026 夏季新款纯棉碎花连衣裙女中长款宽松显瘦度假风沙滩长裙',
    categoryId: '00000000-0000-4000-8000-000000000001',
    attributes: { brand: '花间', material: 'cotton' },
    description: `<p>${'面料柔软透气，'.repeat(15)}</p>`,
    images: [1, 2, 3].map((n) => ({ id: `image-${n}`, url: `blob:${n}` })),
    tiers: [
      { minQuantity: '1', price: '10.00' },
      { minQuantity: '100', price: '9.00' },
      { minQuantity: '500', price: '8.00' },
    ],
  };
}

const failing = (values: ProductValues) =>
  qualityFromValues(values, template)
    .checks.filter((check) => !check.passed)
    .map((check) => check.key);

describe('the live quality score', () => {
  it('is 100 when every check passes, and 0 for an empty form', () => {
    expect(qualityFromValues(complete(), template).score).toBe(100);
    expect(qualityFromValues({ ...emptyProductValues() }, template).score).toBe(0);
  });

  it('names what to fix, each check costing its points as on the server', () => {
    expect(failing({ ...complete(), title: '连衣裙' })).toEqual(['title_length']);
    expect(qualityFromValues({ ...complete(), title: '连衣裙' }, template).score).toBe(80);
    const oneImage = { ...complete(), images: complete().images.slice(0, 1) };
    expect(failing(oneImage)).toEqual(['image_count']);
    expect(failing({ ...complete(), images: [] })).toEqual(['main_image', 'image_count']);
    expect(failing({ ...complete(), attributes: { material: 'silk' } })).toEqual([
      'required_attributes',
    ]);
    // Without a category its required attributes are not known yet: not done.
    expect(qualityFromValues({ ...complete(), categoryId: '' }, []).checks).toContainEqual({
      key: 'required_attributes',
      passed: false,
    });
    const unpriced = { ...complete(), tiers: [{ minQuantity: '1', price: '' }] };
    expect(failing(unpriced)).toEqual(['pricing_complete']);
  });

  it('counts the description as text a buyer reads, not its markup', () => {
    const markup = `<p><strong>${'x'.repeat(60)}</strong></p><table><tr><td>${'y'.repeat(39)}</td></tr></table>`;
    expect(descriptionText(markup)).toHaveLength(100);
    expect(failing({ ...complete(), description: markup })).toEqual([]);
    expect(failing({ ...complete(), description: `<p>${'<b></b>'.repeat(200)}</p>` })).toEqual([
      'description_length',
    ]);
  });

  it('priced by variant, needs every variant priced', () => {
    const byVariant = {
      ...complete(),
      pricingMode: 'by_variant' as const,
      variants: [
        { options: { 颜色: '红' }, sku: 'R', stock: '5', price: '12.00' },
        { options: { 颜色: '蓝' }, sku: 'B', stock: '5', price: '' },
      ],
    };
    expect(failing(byVariant)).toEqual(['pricing_complete']);
    expect(
      qualityOf({ ...qualityInput(), pricing: { mode: 'by_variant', variantPrices: [1200, 1200] } })
        .score,
    ).toBe(100);
  });
});

function qualityInput() {
  return {
    title: 'x'.repeat(30),
    imageCount: 3,
    descriptionHtml: 'y'.repeat(100),
    categoryChosen: true,
    requiredAttributes: [],
    attributes: {},
    pricing: { mode: 'by_quantity' as const, tierPrices: [1000] },
  };
}

describe('the price tiers', () => {
  const tiers = (...rows: [number | null, number | null][]) =>
    rows.map(([minQuantity, price]) => ({ minQuantity, price }));

  it('accept ascending quantities from the minimum order with prices that do not rise', () => {
    expect(tierProblems(tiers([1, 1000], [100, 900], [500, 800]), 1)).toEqual([{}, {}, {}]);
    expect(tierProblems(tiers([10, 1000], [100, 1000]), 10)).toEqual([{}, {}]);
  });

  it('say on the row what is wrong', () => {
    expect(tierProblems(tiers([5, 1000]), 1)).toEqual([{ minQuantity: 'startsAtMoq' }]);
    expect(tierProblems(tiers([1, 1000], [100, 900], [100, 800]), 1)[2]).toEqual({
      minQuantity: 'notAscending',
    });
    expect(tierProblems(tiers([1, 1000], [50, 900], [20, 800]), 1)[2]).toEqual({
      minQuantity: 'notAscending',
    });
    expect(tierProblems(tiers([1, 900], [100, 1000]), 1)[1]).toEqual({ price: 'priceRises' });
    expect(tierProblems(tiers([null, null]), 1)).toEqual([
      { minQuantity: 'quantity', price: 'price' },
    ]);
  });
});

describe('the variant matrix', () => {
  const options = [
    { name: '颜色', values: ['红', '蓝'] },
    { name: '尺码', values: ['M', 'L'] },
  ];

  it('has a row for every combination, the first option varying slowest', () => {
    expect(combinations(options)).toEqual([
      { 颜色: '红', 尺码: 'M' },
      { 颜色: '红', 尺码: 'L' },
      { 颜色: '蓝', 尺码: 'M' },
      { 颜色: '蓝', 尺码: 'L' },
    ]);
    expect(combinations([])).toEqual([{}]);
    expect(combinations([{ name: '颜色', values: [] }])).toEqual([{}]);
  });

  it('keeps what was typed into a row when another value is added', () => {
    const first = variantRows(options.slice(0, 1), []).map((row, index) => ({
      ...row,
      sku: `SKU-${index}`,
      stock: '7',
    }));
    const next = variantRows(options, first);
    expect(next).toHaveLength(4);
    expect(next.map((row) => row.sku)).toEqual(['', '', '', '']);
    const sorted = variantRows(options, [
      { options: { 尺码: 'L', 颜色: '蓝' }, sku: 'BLUE-L', stock: '3', price: '' },
    ]);
    expect(sorted[3]).toMatchObject({
      options: { 颜色: '蓝', 尺码: 'L' },
      sku: 'BLUE-L',
      stock: '3',
    });
    const grown = variantRows([{ name: '颜色', values: ['红', '蓝', '白'] }], first);
    expect(grown.map((row) => [row.sku, row.stock])).toEqual([
      ['SKU-0', '7'],
      ['SKU-1', '7'],
      ['', ''],
    ]);
  });
});

describe('the server field errors', () => {
  it('land on the field they name, rows included', () => {
    const values = {
      ...complete(),
      options: [
        { name: '', values: [] },
        { name: '颜色', values: ['红', '蓝'] },
      ],
      variants: [
        { options: { 颜色: '红' }, sku: 'A', stock: '1', price: '' },
        { options: { 颜色: '蓝' }, sku: 'A', stock: '1', price: '' },
      ],
    };
    const body = productBody(values, template);
    const sent = { attributes: body.attributes, options: body.options ?? [], values };
    expect(formFieldFor('variants.1.sku', sent)).toBe('variants.1.sku');
    expect(formFieldFor('attributes.1.value', sent)).toBe('attributes.material');
    expect(formFieldFor('options.0.values.1', sent)).toBe('options.1.values');
    expect(formFieldFor('pricing.tiers.2.price.amount', sent)).toBe('tiers.2.price');
    expect(formFieldFor('pricing.minOrderQuantity', sent)).toBe('minOrderQuantity');
    expect(formFieldFor('imageUploadIds.3', sent)).toBe('images');
    expect(formFieldFor('variants.9.sku', sent)).toBeUndefined();
  });

  it('come from a body with prices in minor units and only the category’s attributes', () => {
    const body = productBody(
      { ...complete(), attributes: { brand: '花间', color: 'x' } },
      template,
    );
    expect(body.attributes).toEqual([{ code: 'brand', value: '花间' }]);
    expect(body.pricing).toEqual({
      mode: 'by_quantity',
      minOrderQuantity: 1,
      tiers: [
        { minQuantity: 1, price: { amount: 1000 } },
        { minQuantity: 100, price: { amount: 900 } },
        { minQuantity: 500, price: { amount: 800 } },
      ],
    });
  });
});
