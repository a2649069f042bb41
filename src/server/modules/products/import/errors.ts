import { defineErrors } from '../../../errors.ts';

/**
 * The import's codes: file-level ones answer the upload; row-level ones (status 422) are what
 * the error report lists for a row, rendered in the reader's language.
 */
export const productImportErrors = defineErrors({
  'product_import.not_found': {
    status: 404,
    en: 'This import does not exist.',
    'zh-CN': '找不到该导入任务。',
  },
  'product_import.store_required': {
    status: 409,
    en: 'Open your store before importing products.',
    'zh-CN': '请先开通店铺，再导入商品。',
  },
  'product_import.file_required': {
    status: 400,
    en: 'Choose a CSV file to import (form field `file`).',
    'zh-CN': '请选择要导入的 CSV 文件（表单字段 file）。',
  },
  'product_import.file_too_large': {
    status: 413,
    en: 'The file is larger than {limitMb} MB. Split it into smaller files and import them one by one.',
    'zh-CN': '文件超过 {limitMb} MB，请拆分成几个较小的文件分别导入。',
  },
  'product_import.too_many_rows': {
    status: 422,
    en: 'The file has more than {limit, number} rows. Split it into smaller files.',
    'zh-CN': '文件超过 {limit, number} 行，请拆分成几个较小的文件。',
  },
  'product_import.empty_file': {
    status: 422,
    en: 'The file is empty. Start from the template: its first row names the columns.',
    'zh-CN': '文件是空的。请使用导入模板，第一行为列名。',
  },
  'product_import.no_rows': {
    status: 422,
    en: 'The file has a header row but no products below it.',
    'zh-CN': '文件只有表头，没有商品数据。',
  },
  'product_import.unreadable_csv': {
    status: 422,
    en: 'The file is not a readable CSV (near row {row}). Save it again as CSV from your spreadsheet.',
    'zh-CN': '无法按 CSV 读取该文件（约第 {row} 行）。请在表格软件中重新另存为 CSV。',
  },
  'product_import.unknown_columns': {
    status: 422,
    en: 'Unknown columns: {columns}. Use the column names of the template.',
    'zh-CN': '无法识别的列：{columns}。请使用模板中的列名。',
  },
  'product_import.duplicate_columns': {
    status: 422,
    en: 'These columns appear more than once: {columns}.',
    'zh-CN': '以下列重复出现：{columns}。',
  },
  'product_import.missing_columns': {
    status: 422,
    en: 'Required columns are missing: {columns}.',
    'zh-CN': '缺少必需的列：{columns}。',
  },
  'product_import.nul_character': {
    status: 422,
    en: 'The column {column} holds a NUL character (often a file saved in UTF-16): save it as UTF-8 CSV.',
    'zh-CN': '“{column}”列含有空字符（常见于 UTF-16 编码的文件），请另存为 UTF-8 CSV 后再导入。',
  },
  'product_import.required': {
    status: 422,
    en: 'The column {column} is empty.',
    'zh-CN': '“{column}”列不能为空。',
  },
  'product_import.not_whole_number': {
    status: 422,
    en: '{column} must be a whole number of at least {min} (got "{value}").',
    'zh-CN': '“{column}”须为不小于 {min} 的整数（当前为“{value}”）。',
  },
  'product_import.bad_price': {
    status: 422,
    en: '{column}: "{value}" is not a price. Write it like 128.00 (at most two decimals, no thousands separator).',
    'zh-CN':
      '“{column}”中的“{value}”不是有效价格。请按 128.00 的格式填写（最多两位小数，不加千位分隔符）。',
  },
  'product_import.bad_tiers': {
    status: 422,
    en: 'tier_prices "{value}" must look like 100:9.00|500:8.00 (quantity:price, joined by |).',
    'zh-CN': '阶梯价“{value}”格式应为 100:9.00|500:8.00（数量:价格，用 | 分隔）。',
  },
  'product_import.bad_attributes': {
    status: 422,
    en: 'attributes "{value}" must look like material=cotton|origin=Zhejiang.',
    'zh-CN': '属性“{value}”格式应为 material=棉|origin=浙江。',
  },
  'product_import.bad_images': {
    status: 422,
    en: 'images: "{value}" is not an upload id. Upload the pictures first and paste their ids, joined by |.',
    'zh-CN': '图片列中的“{value}”不是有效的上传编号。请先上传图片，再填入编号，用 | 分隔。',
  },
  'product_import.bad_pricing_mode': {
    status: 422,
    en: 'pricing_mode "{value}" must be by_quantity or by_variant.',
    'zh-CN': '定价方式“{value}”只能是 by_quantity（按数量）或 by_variant（按规格）。',
  },
  'product_import.bad_publish': {
    status: 422,
    en: 'publish "{value}" must be yes or no.',
    'zh-CN': '“是否发布”列的“{value}”只能填 yes 或 no。',
  },
  'product_import.option_incomplete': {
    status: 422,
    en: '{column} is empty: an option needs both a name and a value.',
    'zh-CN': '“{column}”为空：规格需要同时填写名称和值。',
  },
  'product_import.option_names_differ': {
    status: 422,
    en: 'The option names differ from the first row of this handle ({expected}).',
    'zh-CN': '规格名称与该商品第一行不一致（应为：{expected}）。',
  },
  'product_import.duplicate_sku': {
    status: 422,
    en: 'The SKU {sku} appears twice in this product.',
    'zh-CN': 'SKU {sku} 在该商品中重复出现。',
  },
  'product_import.price_differs': {
    status: 422,
    en: 'Priced by quantity, every variant has the same price as the first row. Use pricing_mode by_variant for different prices.',
    'zh-CN':
      '按数量定价时，所有规格的价格须与第一行相同。如需不同价格，请将定价方式设为 by_variant。',
  },
  'product_import.handle_split': {
    status: 422,
    en: 'The rows of handle {handle} must be next to each other; this row comes after another product.',
    'zh-CN': '商品标识 {handle} 的各行须连续排列，这一行前面隔着其他商品。',
  },
  'product_import.sku_taken': {
    status: 422,
    en: 'The SKU {sku} already belongs to another product of your store.',
    'zh-CN': 'SKU {sku} 已被店铺中的其他商品使用。',
  },
  'product_import.unknown_category': {
    status: 422,
    en: 'No category has the id or code "{category}".',
    'zh-CN': '找不到编号或代码为“{category}”的类目。',
  },
  'product_import.limit_reached': {
    status: 422,
    en: 'Your package allows {limit, number} published products: this product was saved as a draft instead.',
    'zh-CN': '您的套餐最多可发布 {limit, number} 个商品，该商品已保存为草稿，未发布。',
  },
  'product_import.kept_as_draft': {
    status: 422,
    en: 'Imported as a draft, not published: complete it first ({fields}).',
    'zh-CN': '已导入为草稿，未发布：请先补全商品信息（{fields}）。',
  },
  'product_import.archived': {
    status: 422,
    en: 'This product is archived: an import cannot change it.',
    'zh-CN': '该商品已归档，导入无法修改它。',
  },
  'product_import.on_sale_incomplete': {
    status: 422,
    en: 'This product is on sale, so it must stay complete: {column} {message}. It was left as it was.',
    'zh-CN': '该商品在售，修改后须保持信息完整：“{column}”{message}。商品未作改动。',
  },
  'product_import.invalid_product': {
    status: 422,
    en: '{column} {message}',
    'zh-CN': '“{column}”{message}',
  },
});
