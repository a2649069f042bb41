import type { QueryOf } from '../../api/contract';
import { choiceParam, pagesParam, textParam } from '../../ui/list/search';

// The review queue's filters and shown pages, as search params of /admin/verifications: a reload,
// a shared link and back/forward show the same list.

export type QueueStatus = Exclude<NonNullable<QueryOf<'getAdminVerifications'>['status']>, 'draft'>;
export type QueueKind = NonNullable<QueryOf<'getAdminVerifications'>['kind']>;

export const queueStatuses: readonly QueueStatus[] = [
  'pending',
  'changes_requested',
  'rejected',
  'approved',
];
const kinds: readonly QueueKind[] = ['personal', 'enterprise'];

export type QueueSearch = {
  /** The queue opens on what is waiting (no param); `all` lists every case. */
  status?: Exclude<QueueStatus, 'pending'> | 'all';
  kind?: QueueKind;
  q?: string;
  pages?: number;
};

export function validateQueueSearch(search: Record<string, unknown>): QueueSearch {
  const status = choiceParam(search.status, [...queueStatuses, 'all' as const]);
  return {
    status: status === 'pending' ? undefined : status,
    kind: choiceParam(search.kind, kinds),
    q: textParam(search.q, 100),
    pages: pagesParam(search.pages),
  };
}
