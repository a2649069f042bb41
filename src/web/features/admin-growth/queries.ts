import { queryClient } from '../../api/query';

/**
 * After a rule or task is saved: the lists, the tab counts and the plan preview all read them,
 * so every growth query is asked again.
 */
export function invalidateGrowth() {
  return queryClient.invalidateQueries({
    predicate: (query) =>
      typeof query.queryKey[1] === 'string' &&
      query.queryKey[1].startsWith('/api/v1/admin/growth/'),
  });
}
