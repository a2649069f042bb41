import { queryClient } from '../../api/query';

// The product pages' answers in the one query cache, by the server's own paths.

/** The key of one product's answer (GET /api/v1/me/products/{id}). */
export const productKey = (id: string) =>
  ['get', '/api/v1/me/products/{id}', { params: { path: { id } } }] as const;

/** After anything that may change products: the list, its counts and limit, and each product. */
export function forgetProducts() {
  void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/products'] });
  void queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/products/{id}'] });
}
