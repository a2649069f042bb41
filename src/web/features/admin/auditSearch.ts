import { pagesParam, textParam } from '../../ui/list/search';

// The audit log's filters and shown pages, as search params of /admin/audit-log.

export type AuditSearch = {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** YYYY-MM-DD, a day where the viewer is. */
  from?: string;
  to?: string;
  pages?: number;
};

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const dayParam = (value: unknown) =>
  typeof value === 'string' && dayPattern.test(value) ? value : undefined;

export function validateAuditSearch(search: Record<string, unknown>): AuditSearch {
  return {
    actor: textParam(search.actor, 100),
    action: textParam(search.action, 100),
    targetType: textParam(search.targetType, 100),
    targetId: textParam(search.targetId, 100),
    from: dayParam(search.from),
    to: dayParam(search.to),
    pages: pagesParam(search.pages),
  };
}
