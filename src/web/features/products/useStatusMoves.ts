import { useState } from 'react';
import { $api } from '../../api/query';
import type { Product } from './formValues';
import { forgetProducts } from './queries';

export type StatusMove = 'unpublish' | 'archive';

/**
 * The edit page's status moves (unpublish, archive) through the status API. Whatever the answer,
 * the product's answers are asked again, so the page's status and buttons follow from the cache
 * (a refusal often means the product moved meanwhile, in another tab); what the last move came
 * to is kept for the page to say: the product it returned, or the refusal.
 */
export function useStatusMoves(product: Product) {
  const settled = { onSettled: forgetProducts };
  const unpublish = $api.useMutation('post', '/api/v1/me/products/{id}/unpublish', settled);
  const archive = $api.useMutation('post', '/api/v1/me/products/{id}/archive', settled);
  const [last, setLast] = useState<{ move: StatusMove; moved?: Product; failure?: unknown }>();

  const run = async (move: StatusMove): Promise<boolean> => {
    setLast(undefined);
    const mutation = move === 'unpublish' ? unpublish : archive;
    try {
      const moved = await mutation.mutateAsync({ params: { path: { id: product.id } } });
      setLast({ move, moved });
      return true;
    } catch (failure) {
      setLast({ move, failure });
      return false;
    }
  };
  return {
    run,
    busy: unpublish.isPending || archive.isPending,
    /** The product the last move returned, while the page still shows that version of it. */
    moved: last?.moved?.updatedAt === product.updatedAt ? last.moved : undefined,
    /** Why the last move was refused. */
    failure: last?.failure,
    failedMove: last?.failure ? last.move : undefined,
  };
}
