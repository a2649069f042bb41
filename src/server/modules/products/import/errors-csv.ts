import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { and, asc, eq, gt, or } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { rowMessage } from './import-view.ts';
import { type ProductImportError, productImportErrors } from './schema.ts';

const PAGE = 1_000;
const HEADERS = {
  en: ['row', 'sku', 'code', 'message'],
  'zh-CN': ['行号', 'SKU', '错误代码', '说明'],
} as const;

/** An import's failed rows as CSV in the reader's language (BOM: Excel reads it as UTF-8). */
export function errorsCsv(db: Executor, importId: string, locale: Locale): Readable {
  const csv = stringify({ header: true, columns: [...HEADERS[locale]], bom: true });
  const rows = Readable.from(errorRows(db, importId, locale));
  rows.on('error', (error) => csv.destroy(error));
  return rows.pipe(csv);
}

async function* errorRows(db: Executor, importId: string, locale: Locale) {
  let after: { row: number; code: string } | null = null;
  for (;;) {
    const page: ProductImportError[] = await db
      .select()
      .from(productImportErrors)
      .where(
        and(
          eq(productImportErrors.importId, importId),
          after
            ? or(
                gt(productImportErrors.rowNumber, after.row),
                and(
                  eq(productImportErrors.rowNumber, after.row),
                  gt(productImportErrors.code, after.code),
                ),
              )
            : undefined,
        ),
      )
      .orderBy(asc(productImportErrors.rowNumber), asc(productImportErrors.code))
      .limit(PAGE);
    if (page.length === 0) return;
    const last = page[page.length - 1];
    if (last) after = { row: last.rowNumber, code: last.code };
    for (const row of page) {
      yield [
        String(row.rowNumber),
        row.sku ?? '',
        row.code,
        rowMessage(row.code, row.params, locale),
      ];
    }
  }
}
