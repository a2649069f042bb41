import type { QueryOf } from '../../api/contract';
import { choiceParam, pagesParam, textParam } from '../../ui/list/search';

// The moderation queue's tab, filters and shown pages, as search params of /admin/products: a
// reload, a shared link and back/forward show the same list.

export type ModerationStatus = NonNullable<QueryOf<'getAdminProducts'>['status']>;
export type ModerationFlagKind = NonNullable<QueryOf<'getAdminProducts'>['flag']>;

export const moderationStatuses: readonly ModerationStatus[] = [
  'pending_review',
  'rejected',
  'taken_down',
  'approved',
];
export const flagKinds: readonly ModerationFlagKind[] = [
  'banned_word',
  'low_price',
  'forbidden_category',
];

export type ModerationSearch = {
  /** The queue opens on what is waiting (no param); `all` lists every product, to take one down. */
  status?: Exclude<ModerationStatus, 'pending_review'> | 'all';
  flag?: ModerationFlagKind;
  q?: string;
  pages?: number;
};

export function validateModerationSearch(search: Record<string, unknown>): ModerationSearch {
  const status = choiceParam(search.status, [...moderationStatuses, 'all' as const]);
  return {
    status: status === 'pending_review' ? undefined : status,
    flag: choiceParam(search.flag, flagKinds),
    q: textParam(search.q, 100),
    pages: pagesParam(search.pages),
  };
}
