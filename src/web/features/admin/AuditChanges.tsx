import { useT } from '../../i18n/i18n';

type Row = {
  key: string;
  before: unknown;
  after: unknown;
  /** Present on both sides (changed or not), or only after, or only before. */
  kind: 'kept' | 'added' | 'removed';
  changed: boolean;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value on one line: strings as they are, lists joined, anything else as compact JSON. */
function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '∅';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.length === 0 ? '[]' : value.map((item) => String(item)).join(', ');
  }
  return JSON.stringify(value);
}

/** The keys of before and after, with what differs marked. */
function rowsOf(before: unknown, after: unknown): Row[] | null {
  if (!(before === null || isRecord(before)) || !(after === null || isRecord(after))) return null;
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.map((key) => {
    const inBefore = before !== null && key in before;
    const inAfter = after !== null && key in after;
    const was = before?.[key];
    const now = after?.[key];
    return {
      key,
      before: was,
      after: now,
      kind: inBefore && inAfter ? 'kept' : inAfter ? 'added' : 'removed',
      changed: JSON.stringify(was) !== JSON.stringify(now),
    };
  });
}

/** An audit entry's before/after as a compact diff, with the raw JSON a click away. */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  if (before == null && after == null) return <span className="cell-sub">—</span>;
  const rows = rowsOf(before, after);
  return (
    <div className="audit-changes">
      {rows ? (
        <dl className="diff">
          {rows.map((row) => (
            <div
              key={row.key}
              className="diff__row"
              data-changed={row.changed || undefined}
              data-kind={before != null && after != null ? row.kind : undefined}
            >
              <dt className="mono">{row.key}</dt>
              <dd>
                {row.kind === 'kept' && row.changed ? (
                  <>
                    <del className="diff__before">{show(row.before)}</del>
                    <span aria-hidden="true"> → </span>
                    <ins className="diff__after">{show(row.after)}</ins>
                  </>
                ) : (
                  <span className={row.kind === 'kept' ? 'diff__same' : undefined}>
                    {show(row.kind === 'removed' ? row.before : row.after)}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <details className="audit-changes__json">
        <summary>{t('console.audit.json')}</summary>
        <pre className="mono">
          {JSON.stringify({ before: before ?? null, after: after ?? null }, null, 2)}
        </pre>
      </details>
    </div>
  );
}
