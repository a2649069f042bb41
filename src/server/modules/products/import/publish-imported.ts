import type { Tx } from '../../../db/client.ts';
import { AppError } from '../../../errors.ts';
import type { SettingsReader } from '../../settings/index.ts';
import { publishProducts } from '../change-status.ts';
import type { FailedRow, ImportedProduct } from './group-rows.ts';
import type { RowProblem } from './parse-row.ts';
import type { ProductImport } from './schema.ts';

/**
 * Publish the imported products whose rows say `publish=yes`, each exactly as the product form's
 * publish button does (completeness, the package's limit, the automatic checks that may send it
 * to review), the chunk's products together (publishProducts: what they share is read once). One
 * that cannot be published stays a draft, imported all the same: its rows get a notice saying
 * why (over the limit: `product_import.limit_reached`), not a failure.
 */
export async function publishImported(
  tx: Tx,
  job: ProductImport,
  candidates: { id: string; product: ImportedProduct }[],
  now: Date,
  settings: SettingsReader,
): Promise<FailedRow[]> {
  if (candidates.length === 0) return [];
  const request = { merchantId: job.merchantId, now, locale: job.locale, settings };
  let outcomes: Map<string, unknown>;
  try {
    outcomes = (
      await publishProducts(
        tx,
        request,
        candidates.map((candidate) => candidate.id),
      )
    ).outcomes;
  } catch (error) {
    // The store itself refuses (it closed meanwhile): no product of the chunk is published.
    if (!(error instanceof AppError)) throw error;
    outcomes = new Map(candidates.map((candidate) => [candidate.id, error]));
  }
  const notices: FailedRow[] = [];
  for (const { id, product } of candidates) {
    const outcome = outcomes.get(id);
    if (!(outcome instanceof AppError)) continue;
    const problem = noticeOf(outcome);
    product.rowNumbers.forEach((rowNumber, index) => {
      notices.push({ rowNumber, sku: product.variants[index]?.sku ?? null, problems: [problem] });
    });
  }
  return notices;
}

function noticeOf(error: AppError): RowProblem {
  if (error.code === 'product.limit_reached') {
    return { code: 'product_import.limit_reached', params: { limit: error.params.limit } };
  }
  const fields = Array.isArray(error.details)
    ? (error.details as { field?: string }[]).map((problem) => problem.field).join(', ')
    : '';
  return { code: 'product_import.kept_as_draft', params: { reason: error.code, fields } };
}
