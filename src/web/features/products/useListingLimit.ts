import { $api } from '../../api/query';
import type { ListingLimit } from './QualityPanel';

/** The package's listing limit, as the product list answers it (one item asked for). */
export function useListingLimit(): ListingLimit | null {
  const list = $api.useQuery('get', '/api/v1/me/products', { params: { query: { limit: 1 } } });
  return list.data?.limit ?? null;
}
