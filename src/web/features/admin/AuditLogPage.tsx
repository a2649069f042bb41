import './admin.css';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import type { ResponseOf } from '../../api/contract';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { formatDateTime } from '../verification/display';
import { AuditChanges } from './AuditChanges';
import { RequireRole } from './guards';
import { useOperatorAction, useOperatorResource } from './hooks';
import type { Operator } from './operator';

/** GET /api/v1/admin/audit-log: entries newest first. */
type AuditPage = ResponseOf<'getAdminAuditLog'>;
type AuditEntry = AuditPage['entries'][number];

type Filters = {
  actor: string;
  action: string;
  targetType: string;
  targetId: string;
  /** YYYY-MM-DD in the viewer's time zone. */
  from: string;
  to: string;
};

const emptyFilters: Filters = {
  actor: '',
  action: '',
  targetType: '',
  targetId: '',
  from: '',
  to: '',
};
const pageSize = 50;

/** Actions the app records, offered as suggestions (any other text still filters). */
const knownActions: Record<string, MessageKey> = {
  'operator.login': 'console.audit.action.operator.login',
  'operator.login_failed': 'console.audit.action.operator.login_failed',
  'operator.logout': 'console.audit.action.operator.logout',
  'operator.created': 'console.audit.action.operator.created',
  'operator.updated': 'console.audit.action.operator.updated',
  'verification.approved': 'console.audit.action.verification.approved',
  'verification.rejected': 'console.audit.action.verification.rejected',
  'verification.changes_requested': 'console.audit.action.verification.changes_requested',
  'verification.document_viewed': 'console.audit.action.verification.document_viewed',
  'store_type.created': 'console.audit.action.store_type.created',
  'store_type.updated': 'console.audit.action.store_type.updated',
  'store_package.created': 'console.audit.action.store_package.created',
  'store_package.updated': 'console.audit.action.store_package.updated',
  'payment.confirmed': 'console.audit.action.payment.confirmed',
  'payment.refunded': 'console.audit.action.payment.refunded',
  'payment_settings.updated': 'console.audit.action.payment_settings.updated',
  'setting.changed': 'console.audit.action.setting.changed',
  'setting.reset': 'console.audit.action.setting.reset',
  'merchant.viewed': 'console.audit.action.merchant.viewed',
  'growth_task.created': 'console.audit.action.growth_task.created',
  'growth_task.updated': 'console.audit.action.growth_task.updated',
  'growth_rule.created': 'console.audit.action.growth_rule.created',
  'growth_rule.updated': 'console.audit.action.growth_rule.updated',
  'growth_rule.deleted': 'console.audit.action.growth_rule.deleted',
};
const knownTargetTypes = [
  'operator',
  'verification',
  'store_type',
  'store_package',
  'payment',
  'payment_settings',
  'setting',
  'merchant',
  'growth_task',
  'growth_rule',
];

function filtersFromAddress(): Filters {
  const params = new URLSearchParams(window.location.search);
  return {
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    targetType: params.get('targetType') ?? '',
    targetId: params.get('targetId') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

/** The API's query: dates become the start and the end of those days where the viewer is. */
function queryOf(filters: Filters, before?: number) {
  const params = new URLSearchParams();
  if (filters.actor) params.set('actor', filters.actor);
  if (filters.action.trim()) params.set('action', filters.action.trim());
  if (filters.targetType.trim()) params.set('targetType', filters.targetType.trim());
  if (filters.targetId.trim()) params.set('targetId', filters.targetId.trim());
  if (filters.from) params.set('from', new Date(`${filters.from}T00:00:00`).toISOString());
  if (filters.to) params.set('to', new Date(`${filters.to}T23:59:59.999`).toISOString());
  params.set('limit', String(pageSize));
  if (before !== undefined) params.set('before', String(before));
  return params.toString();
}

/** The append-only log of operator actions (SPEC §9), for admins. */
export function AuditLogPage() {
  return (
    <RequireRole roles={['admin']}>
      <AuditLog />
    </RequireRole>
  );
}

function AuditLog() {
  const { t, language } = useI18n();
  usePageTitle('admin.nav.auditLog', 'app.console');
  const [filters, setFilters] = useState<Filters>(filtersFromAddress);
  const [draft, setDraft] = useState<Filters>(filters);
  const [more, setMore] = useState<AuditPage[]>([]);
  const loadMore = useOperatorAction();
  const operators = useOperatorResource((signal) =>
    api.get<{ operators: Operator[] }>('/admin/operators', { signal }),
  );
  const log = useOperatorResource(
    (signal) => api.get<AuditPage>(`/admin/audit-log?${queryOf(filters)}`, { signal }),
    { key: JSON.stringify(filters) },
  );

  const apply = (next: Filters) => {
    setFilters(next);
    setDraft(next);
    setMore([]);
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(next))
      if (value.trim()) params.set(key, value.trim());
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(draft);
  };

  const entries = [...(log.data?.entries ?? []), ...more.flatMap((page) => page.entries)];
  const nextBefore =
    more.length > 0 ? (more.at(-1)?.nextBefore ?? null) : (log.data?.nextBefore ?? null);

  const fetchMore = async () => {
    if (nextBefore === null) return;
    const outcome = await loadMore.run(() =>
      api.get<AuditPage>(`/admin/audit-log?${queryOf(filters, nextBefore)}`),
    );
    if (outcome.ok) setMore((current) => [...current, outcome.value]);
  };

  const set = (key: keyof Filters, value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const filtered = Object.values(filters).some((value) => value.trim() !== '');

  return (
    <section className="page console-page console-page--wide">
      <header className="page__header">
        <h1>{t('admin.nav.auditLog')}</h1>
        <p className="page__summary">{t('console.audit.summary')}</p>
      </header>

      <form className="card filters filters--grid" onSubmit={onSubmit}>
        <label className="filters__field">
          <span className="filters__label">{t('console.audit.actor')}</span>
          <select
            className="field__input"
            name="actor"
            value={draft.actor}
            onChange={(event) => set('actor', event.target.value)}
          >
            <option value="">{t('console.filter.anyone')}</option>
            {operators.data?.operators.map((operator) => (
              <option key={operator.id} value={operator.id}>
                {operator.name} ({operator.email})
              </option>
            ))}
          </select>
        </label>
        <label className="filters__field">
          <span className="filters__label">{t('console.audit.action')}</span>
          <input
            className="field__input mono"
            name="action"
            list="audit-actions"
            autoComplete="off"
            spellCheck={false}
            placeholder="verification.approved"
            value={draft.action}
            onChange={(event) => set('action', event.target.value)}
          />
          <datalist id="audit-actions">
            {Object.entries(knownActions).map(([action, label]) => (
              <option key={action} value={action}>
                {t(label)}
              </option>
            ))}
          </datalist>
        </label>
        <label className="filters__field">
          <span className="filters__label">{t('console.audit.targetType')}</span>
          <input
            className="field__input mono"
            name="targetType"
            list="audit-target-types"
            autoComplete="off"
            spellCheck={false}
            value={draft.targetType}
            onChange={(event) => set('targetType', event.target.value)}
          />
          <datalist id="audit-target-types">
            {knownTargetTypes.map((type) => (
              <option key={type} value={type} />
            ))}
          </datalist>
        </label>
        <label className="filters__field">
          <span className="filters__label">{t('console.audit.targetId')}</span>
          <input
            className="field__input mono"
            name="targetId"
            autoComplete="off"
            spellCheck={false}
            value={draft.targetId}
            onChange={(event) => set('targetId', event.target.value)}
          />
        </label>
        <label className="filters__field">
          <span className="filters__label">{t('console.audit.from')}</span>
          <input
            className="field__input"
            type="date"
            name="from"
            value={draft.from}
            max={draft.to || undefined}
            onChange={(event) => set('from', event.target.value)}
          />
        </label>
        <label className="filters__field">
          <span className="filters__label">{t('console.audit.to')}</span>
          <input
            className="field__input"
            type="date"
            name="to"
            value={draft.to}
            min={draft.from || undefined}
            onChange={(event) => set('to', event.target.value)}
          />
        </label>
        <div className="filters__buttons">
          <button type="submit" className="button button--primary">
            {t('console.filter.apply')}
          </button>
          {filtered && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => apply(emptyFilters)}
            >
              {t('console.filter.clear')}
            </button>
          )}
        </div>
      </form>

      {log.data ? (
        entries.length === 0 ? (
          <div className="card empty-state">
            <p>{t('console.audit.empty')}</p>
          </div>
        ) : (
          <div className="card table-card">
            <table className="data-table audit-table" data-testid="audit-log">
              <thead>
                <tr>
                  <th scope="col">{t('console.audit.col.time')}</th>
                  <th scope="col">{t('console.audit.col.actor')}</th>
                  <th scope="col">{t('console.audit.col.action')}</th>
                  <th scope="col">{t('console.audit.col.target')}</th>
                  <th scope="col">{t('console.audit.col.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => {
                  const actionLabel = knownActions[entry.action];
                  return (
                    <tr key={entry.id} data-action={entry.action}>
                      <td data-label={t('console.audit.col.time')} className="audit-table__time">
                        <span className="cell-main nowrap">
                          {formatDateTime(entry.createdAt, language)}
                        </span>
                        {entry.ip && <span className="cell-sub mono">{entry.ip}</span>}
                      </td>
                      <td data-label={t('console.audit.col.actor')} className="audit-table__actor">
                        <Actor entry={entry} onFilter={(actor) => apply({ ...filters, actor })} />
                      </td>
                      <td
                        data-label={t('console.audit.col.action')}
                        className="audit-table__action"
                      >
                        {actionLabel && <span className="cell-main">{t(actionLabel)}</span>}
                        <span className="cell-sub mono audit-code">{entry.action}</span>
                      </td>
                      <td data-label={t('console.audit.col.target')}>
                        {entry.targetType ? (
                          <Target
                            type={entry.targetType}
                            id={entry.targetId}
                            name={entry.targetName}
                            onFilter={() =>
                              apply({
                                ...filters,
                                targetType: entry.targetType ?? '',
                                targetId: entry.targetId ?? '',
                              })
                            }
                          />
                        ) : (
                          '—'
                        )}
                      </td>
                      <td
                        data-label={t('console.audit.col.changes')}
                        className="audit-table__changes"
                      >
                        <AuditChanges
                          action={entry.action}
                          before={entry.before}
                          after={entry.after}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )
      ) : log.loading ? (
        <div className="card">
          <Loading />
        </div>
      ) : (
        <ErrorNotice error={log.error} onRetry={log.reload} />
      )}
      <ErrorNotice error={loadMore.error} />
      {log.data && nextBefore !== null && (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            disabled={loadMore.busy}
            onClick={() => void fetchMore()}
          >
            {t('console.loadMore')}
          </button>
        </div>
      )}
    </section>
  );
}

/**
 * Who acted: the operator; for a failed sign-in, whoever typed at that address, naming the account
 * they tried (the log cannot know it was its owner); otherwise the system or the command line.
 */
function Actor({ entry, onFilter }: { entry: AuditEntry; onFilter: (actor: string) => void }) {
  const t = useI18n().t;
  const from = entry.ip && (
    <span className="cell-sub mono">{t('console.audit.fromIp', { ip: entry.ip })}</span>
  );
  if (entry.actor) {
    const actor = entry.actor;
    return (
      <button
        type="button"
        className="link-button cell-main"
        title={actor.email}
        onClick={() => onFilter(actor.id)}
      >
        {actor.name}
      </button>
    );
  }
  if (entry.action.endsWith('.login_failed')) {
    return (
      <>
        <span className="cell-main" data-testid="audit-unknown-person">
          {t('console.audit.unknownSigningIn', {
            account: entry.targetName ?? t('console.audit.unknownAccount'),
          })}
        </span>
        {from}
      </>
    );
  }
  return <span className="cell-sub">{t('console.audit.system')}</span>;
}

function Target({
  type,
  id,
  name,
  onFilter,
}: {
  type: string;
  id: string | null;
  name: string | null;
  onFilter: () => void;
}) {
  const t = useI18n().t;
  return (
    <span className="audit-target">
      {name && <span className="cell-main">{name}</span>}
      <span className={name ? 'cell-sub mono' : 'cell-main mono'}>{type}</span>
      {id && (
        <span className="cell-sub mono audit-target__id">
          {type === 'verification' ? (
            <Link to={`/admin/verifications/${id}`} title={id}>
              {id.slice(0, 8)}
            </Link>
          ) : (
            <span title={id}>{id.slice(0, 8)}</span>
          )}{' '}
          <button
            type="button"
            className="link-button audit-target__filter"
            onClick={onFilter}
            title={t('console.audit.filterTarget')}
          >
            {t('console.audit.filterTargetShort')}
          </button>
        </span>
      )}
    </span>
  );
}
