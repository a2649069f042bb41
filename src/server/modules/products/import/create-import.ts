import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import type { Storage } from '../../../adapters/storage/storage.ts';
import type { Clock } from '../../../clock.ts';
import { type Db, withTx } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { findStoreOfMerchant } from '../../stores/index.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './columns.ts';
import { FileInspector, readCsvRecords } from './read-csv.ts';
import { type ProductImport, productImports } from './schema.ts';

/** Stores that may take products: the service runs or is in its grace period. */
const OPEN_STORE = new Set(['active', 'expiring', 'grace']);

/**
 * Keep the uploaded file in the uploads storage while it streams in (size counted, encoding
 * detected), read it once more to check the header and count the rows, and queue the import.
 * A file the job could not read at all is refused here, at once, with the reason.
 */
export async function createProductImport(
  deps: { db: Db; storage: Storage; clock: Clock },
  input: { merchantId: string; fileName: string; file: Readable; locale: Locale },
): Promise<ProductImport> {
  const store = await findStoreOfMerchant(deps.db, input.merchantId);
  if (!store || !OPEN_STORE.has(store.status)) {
    input.file.resume();
    throw new AppError('product_import.store_required');
  }
  const storageKey = `product-imports/${randomBytes(16).toString('hex')}`;
  const inspector = new FileInspector(MAX_IMPORT_BYTES);
  // pipeline, not pipe: a body cut short fails the file stream, and that must fail the write too
  // (with pipe the inspector would wait for more forever, and so would the request).
  const source = pipeline(input.file, inspector, () => {});
  await deps.storage.put(storageKey, source, { contentType: 'text/csv' });
  try {
    if ((input.file as { truncated?: boolean }).truncated || inspector.bytes > MAX_IMPORT_BYTES) {
      throw new AppError('product_import.file_too_large', undefined, {
        limitMb: MAX_IMPORT_BYTES / 1048576,
      });
    }
    if (inspector.bytes === 0) throw new AppError('product_import.empty_file');
    let totalRows = 0;
    const stored = await deps.storage.get(storageKey);
    for await (const _ of readCsvRecords(stored.body, inspector.encoding)) {
      totalRows += 1;
      if (totalRows > MAX_IMPORT_ROWS) {
        stored.body.destroy();
        throw new AppError('product_import.too_many_rows', undefined, { limit: MAX_IMPORT_ROWS });
      }
    }
    if (totalRows === 0) throw new AppError('product_import.no_rows');
    return await withTx(deps.db, async (tx) => {
      const [created] = await tx
        .insert(productImports)
        .values({
          merchantId: input.merchantId,
          storeId: store.id,
          fileName: input.fileName.slice(0, 200) || 'products.csv',
          storageKey,
          encoding: inspector.encoding,
          currency: store.currency,
          locale: input.locale,
          totalRows,
          createdAt: deps.clock.now(),
        })
        .returning();
      if (!created) throw new Error('product import insert returned nothing');
      return created;
    });
  } catch (error) {
    await deps.storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}
