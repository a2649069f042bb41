import { stringify } from 'csv-stringify/sync';
import { IMPORT_COLUMNS } from './columns.ts';

/**
 * The downloadable template: the header, and example rows a Chinese wholesaler recognises — a
 * dress in two colours and two sizes priced by quantity, and a teapot without options. UTF-8
 * with a BOM, so Excel opens the Chinese as Chinese.
 */
export function templateCsv(): string {
  const dress = {
    handle: 'summer-dress-001',
    title: '夏季新款碎花雪纺连衣裙女 中长款',
    category: 'dresses',
    description: '<p>雪纺面料，轻薄透气，适合夏季通勤与度假。</p>',
    images: '',
    weight_grams: '250',
    option1_name: '颜色',
    option2_name: '尺码',
    price: '128.00',
    min_order_quantity: '10',
    tier_prices: '100:118.00|500:108.00',
    pricing_mode: 'by_quantity',
    attributes: 'material=涤纶 Polyester|sleeve=短袖 Short sleeve',
    publish: 'no',
  };
  const variants = [
    ['红色', 'M', 'DRESS-001-RED-M', '120'],
    ['红色', 'L', 'DRESS-001-RED-L', '80'],
    ['蓝色', 'M', 'DRESS-001-BLUE-M', '60'],
    ['蓝色', 'L', 'DRESS-001-BLUE-L', '40'],
  ];
  const rows: Record<string, string>[] = variants.map(([colour, size, sku, stock], index) => ({
    ...(index === 0
      ? dress
      : { handle: dress.handle, option1_name: '颜色', option2_name: '尺码', price: dress.price }),
    option1_value: colour ?? '',
    option2_value: size ?? '',
    sku: sku ?? '',
    stock: stock ?? '',
  }));
  rows.push({
    handle: 'yixing-teapot-002',
    title: '宜兴紫砂壶 原矿手工西施壶 250ml',
    category: 'tableware',
    attributes: 'material=紫砂',
    weight_grams: '400',
    sku: 'TEAPOT-002',
    stock: '30',
    price: '268.00',
    min_order_quantity: '2',
    pricing_mode: 'by_quantity',
    publish: 'no',
  });
  return `\uFEFF${stringify(rows, { header: true, columns: [...IMPORT_COLUMNS] })}`;
}
