import { $api } from '../../api/query';

// The deposit statement of the merchant (GET /api/v1/me/deposit) and of one merchant for the
// operators (GET /api/v1/admin/merchants/{id}/deposit): the same answer, read a page at a time.

/** One page of the statement: the newest `limit` movements, or those older than `before`. */
export type StatementPage = { limit: number; before?: number };

/** The query of one page of the signed-in merchant's statement (limit 1: the summary alone). */
export const merchantStatement = (page: StatementPage) =>
  $api.queryOptions('get', '/api/v1/me/deposit', { params: { query: page } });

/** The query of one page of a merchant's statement, for the operators. */
export const operatorStatement = (merchantId: string) => (page: StatementPage) =>
  $api.queryOptions('get', '/api/v1/admin/merchants/{id}/deposit', {
    params: { path: { id: merchantId }, query: page },
  });
