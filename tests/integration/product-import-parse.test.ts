import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/server/errors.ts';
import { MAX_IMPORT_BYTES } from '../../src/server/modules/products/import/columns.ts';
import {
  type GroupOutcome,
  groupProducts,
} from '../../src/server/modules/products/import/group-rows.ts';
import {
  FileInspector,
  readCsvRecords,
} from '../../src/server/modules/products/import/read-csv.ts';
import { ROOT_DIR } from '../support/app.ts';

const fixture = (name: string) => path.join(ROOT_DIR, 'tests/fixtures/csv', name);

async function encodingOf(file: string) {
  const inspector = new FileInspector(MAX_IMPORT_BYTES);
  await pipeline(
    createReadStream(file),
    inspector,
    new Writable({ write: (_c, _e, done) => done() }),
  );
  return inspector.encoding;
}

async function readFile(name: string): Promise<GroupOutcome[]> {
  const file = fixture(name);
  const outcomes: GroupOutcome[] = [];
  const records = readCsvRecords(createReadStream(file), await encodingOf(file));
  for await (const { outcome } of groupProducts(records, 'CNY')) outcomes.push(outcome);
  return outcomes;
}

async function refusal(name: string): Promise<AppError> {
  const error = await readFile(name).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('reading an import file', () => {
  it('reads UTF-8 with a BOM, grouping rows of one handle into one product', async () => {
    const [dress, cup] = await readFile('dresses-bom.csv');
    expect(dress?.failed).toEqual([]);
    expect(dress?.product).toMatchObject({
      handle: 'summer-dress',
      title: '夏季新款连衣裙女 碎花雪纺长裙',
      category: 'dresses',
      rowNumbers: [2, 3, 4, 5],
      options: [
        { name: '颜色', values: ['红色', '蓝色'] },
        { name: '尺码', values: ['M', 'L'] },
      ],
      attributes: [
        { code: 'material', value: '涤纶 Polyester' },
        { code: 'sleeve', value: '短袖 Short sleeve' },
      ],
      pricing: {
        mode: 'by_quantity',
        minOrderQuantity: 10,
        tiers: [
          { minQuantity: 10, amount: 12800 },
          { minQuantity: 100, amount: 11800 },
          { minQuantity: 500, amount: 10800 },
        ],
      },
      publish: false,
    });
    expect(
      dress?.product?.variants.map((variant) => [variant.sku, variant.options, variant.stock]),
    ).toEqual([
      ['DRESS-RED-M', { 颜色: '红色', 尺码: 'M' }, 120],
      ['DRESS-RED-L', { 颜色: '红色', 尺码: 'L' }, 80],
      ['DRESS-BLUE-M', { 颜色: '蓝色', 尺码: 'M' }, 60],
      ['DRESS-BLUE-L', { 颜色: '蓝色', 尺码: 'L' }, 0],
    ]);
    // A quoted comma stays in the cell; "9.5" is 950 fen exactly.
    expect(cup?.product).toMatchObject({
      title: 'Glazed tea cup, 120 ml',
      rowNumbers: [6],
      pricing: {
        mode: 'by_quantity',
        minOrderQuantity: 1,
        tiers: [{ minQuantity: 1, amount: 950 }],
      },
    });
  });

  it('reads a GB18030 file as Chinese Excel saves it, keeping its Chinese', async () => {
    expect(await encodingOf(fixture('teapot-gb18030.csv'))).toBe('gb18030');
    const [teapot] = await readFile('teapot-gb18030.csv');
    expect(teapot?.product).toMatchObject({
      title: '紫砂壶 宜兴原矿手工茶壶',
      attributes: [
        { code: 'material', value: '紫砂' },
        { code: 'brand', value: '宜兴壶艺' },
      ],
      pricing: { tiers: [{ amount: 26800 }] },
    });
  });

  it('refuses a header with an unknown column, naming it', async () => {
    const error = await refusal('unknown-column.csv');
    expect(error.code).toBe('product_import.unknown_columns');
    expect(error.params).toEqual({ columns: 'colour' });
  });

  it('refuses a header without the required columns, naming them', async () => {
    const error = await refusal('missing-columns.csv');
    expect(error.code).toBe('product_import.missing_columns');
    expect(error.params).toEqual({ columns: 'category, price' });
  });

  it('reports bad rows with their spreadsheet row numbers and reads the good ones (columns in any order)', async () => {
    const outcomes = await readFile('bad-rows.csv');
    expect(outcomes[0]?.product?.variants[0]).toMatchObject({ sku: 'OK-1', stock: 5 });
    expect(outcomes.flatMap((outcome) => outcome.failed)).toEqual([
      {
        rowNumber: 3,
        sku: 'BAD-PRICE',
        problems: [
          { code: 'product_import.bad_price', params: { column: 'price', value: '1.005' } },
        ],
      },
      {
        rowNumber: 4,
        sku: 'BAD-STOCK',
        problems: [
          {
            code: 'product_import.not_whole_number',
            params: { column: 'stock', value: '-1', min: 0 },
          },
        ],
      },
    ]);
  });
});
