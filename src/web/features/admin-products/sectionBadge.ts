import { client, dataOf } from '../../api/client';

/** The products waiting for review: the moderation queue's badge on the menu (SPEC §9). */
export const pendingModeration = (signal: AbortSignal) =>
  dataOf(
    client.GET('/api/v1/admin/products', {
      params: { query: { status: 'pending_review', limit: 1, offset: 0 } },
      signal,
    }),
  ).then((page) => page.counts.pending_review);
