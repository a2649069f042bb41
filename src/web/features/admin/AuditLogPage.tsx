import { getRouteApi } from '@tanstack/react-router';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { EmptyState } from '../../ui/EmptyState';
import { type Column, cell, DataTable, ListView, useListPages } from '../../ui/list';
import { formatDateTime } from '../verification/display';
import { AuditChanges } from './AuditChanges';
import { Actor, type AuditEntry, Target } from './AuditEntryCells';
import { AuditFilters } from './AuditFilters';
import styles from './AuditLogPage.module.css';
import { knownActions } from './auditActions';
import type { AuditSearch } from './auditSearch';
import { RequireRole } from './guards';

const auditRoute = getRouteApi('/admin/operator/audit-log');
const pageSize = 50;

/** The append-only log of operator actions (SPEC §9), for admins. */
export function AuditLogPage() {
  return (
    <RequireRole roles={['admin']}>
      <AuditLog />
    </RequireRole>
  );
}

/** The API's query: days become the start and the end of those days where the viewer is. */
function queryOf(search: AuditSearch) {
  return {
    actor: search.actor,
    action: search.action,
    targetType: search.targetType,
    targetId: search.targetId,
    from: search.from && new Date(`${search.from}T00:00:00`).toISOString(),
    to: search.to && new Date(`${search.to}T23:59:59.999`).toISOString(),
    limit: pageSize,
  };
}

function AuditLog() {
  const { t, language } = useI18n();
  usePageTitle('admin.nav.auditLog', 'app.console');
  const search = auditRoute.useSearch();
  const navigate = auditRoute.useNavigate();
  const filter = (next: Omit<AuditSearch, 'pages'>) => void navigate({ search: next });
  const narrow = (next: Omit<AuditSearch, 'pages'>) =>
    void navigate({ search: (current) => ({ ...current, ...next, pages: undefined }) });
  const query = $api.useInfiniteQuery(
    'get',
    '/api/v1/admin/audit-log',
    { params: { query: queryOf(search) } },
    {
      pageParamName: 'before',
      // The newest entries first: no cursor (null is left out of the query; undefined is not).
      initialPageParam: null as number | null,
      getNextPageParam: (last) => last.nextBefore ?? undefined,
    },
  );
  const log = useListPages(query, search.pages ?? 1, (pages) =>
    navigate({ search: { ...search, pages } }),
  );
  const entries = log.pages.flatMap((page) => page.entries);

  const columns: Column<AuditEntry>[] = [
    {
      key: 'time',
      label: t('console.audit.col.time'),
      className: styles.time,
      cell: (entry) => (
        <>
          <span className={`${cell.main} nowrap`}>{formatDateTime(entry.createdAt, language)}</span>
          {entry.ip && <span className={`${cell.sub} mono`}>{entry.ip}</span>}
        </>
      ),
    },
    {
      key: 'actor',
      label: t('console.audit.col.actor'),
      className: styles.actor,
      cell: (entry) => <Actor entry={entry} onFilter={(actor) => narrow({ actor })} />,
    },
    {
      key: 'action',
      label: t('console.audit.col.action'),
      className: styles.action,
      cell: (entry) => {
        const label = knownActions[entry.action];
        return (
          <>
            {label && <span className={cell.main}>{t(label)}</span>}
            <span className={`${cell.sub} mono ${styles.code}`}>{entry.action}</span>
          </>
        );
      },
    },
    {
      key: 'target',
      label: t('console.audit.col.target'),
      cell: (entry) => (
        <Target
          entry={entry}
          onFilter={() =>
            narrow({
              targetType: entry.targetType ?? undefined,
              targetId: entry.targetId ?? undefined,
            })
          }
        />
      ),
    },
    {
      key: 'changes',
      label: t('console.audit.col.changes'),
      className: styles.changes,
      cell: (entry) => (
        <AuditChanges action={entry.action} before={entry.before} after={entry.after} />
      ),
    },
  ];

  return (
    <section className="page console-page console-page--wide">
      <header className="page__header">
        <h1>{t('admin.nav.auditLog')}</h1>
        <p className="page__summary">{t('console.audit.summary')}</p>
      </header>

      <AuditFilters search={search} onApply={filter} />

      <ListView
        list={log}
        empty={entries.length === 0 && <EmptyState>{t('console.audit.empty')}</EmptyState>}
      >
        <DataTable
          columns={columns}
          rows={entries}
          rowKey={(entry) => entry.id}
          rowProps={(entry) => ({ 'data-action': entry.action })}
          className={styles.table}
          breakWords
          testId="audit-log"
        />
      </ListView>
    </section>
  );
}
