import { en, type MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n';
import type { Language } from '../../i18n/language';
import { cell } from '../../ui/list';
import { formatMoney } from '../store/format';
import styles from './AuditChanges.module.css';

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

/** `{ amount, currency }`: minor units with an ISO currency, shown as money. */
const isMoney = (value: unknown): value is { amount: number; currency: string } =>
  isRecord(value) &&
  Object.keys(value).length === 2 &&
  Number.isSafeInteger(value.amount) &&
  typeof value.currency === 'string' &&
  /^[A-Z]{3}$/.test(value.currency);

// Keys the app writes into before/after, named in the reader's language; others show as they are.
const keyLabels: Record<string, MessageKey> = {
  status: 'console.audit.key.status',
  reason: 'console.audit.key.reason',
  reasons: 'console.audit.key.reasons',
  note: 'console.audit.key.note',
  amountReceived: 'console.audit.key.amountReceived',
  bankReference: 'console.audit.key.bankReference',
  name: 'console.audit.key.name',
  email: 'console.audit.key.email',
  roles: 'console.audit.key.roles',
  disabled: 'console.audit.key.disabled',
  documentType: 'console.audit.key.documentType',
  uploadId: 'console.audit.key.uploadId',
};

/** Values whose meaning depends on the action: a status of a payment, a sign-in's failure. */
function valueLabel(action: string, key: string, value: string): MessageKey | null {
  const subject = action.slice(0, action.indexOf('.'));
  const candidates: Record<string, string> = {
    'operator.reason': `console.audit.loginFailure.${value}`,
    'payment.status': `store.payment.status.${value}`,
    'verification.status': `verification.status.${value}`,
    '*.roles': `console.role.${value}`,
  };
  const candidate = candidates[`${subject}.${key}`] ?? candidates[`*.${key}`];
  return candidate && candidate in en ? (candidate as MessageKey) : null;
}

/**
 * A value on one line in the reader's language: money as money, yes/no, known codes by name,
 * lists joined, nested objects as their fields.
 */
function show(
  value: unknown,
  context: { action: string; key: string; t: Translate; language: Language },
): string {
  const { t, language } = context;
  if (value === undefined) return '';
  if (value === null) return '∅';
  if (isMoney(value)) return formatMoney(value, language);
  if (typeof value === 'boolean') return t(value ? 'console.audit.yes' : 'console.audit.no');
  if (typeof value === 'string') {
    const label = valueLabel(context.action, context.key, value);
    return label ? t(label) : value;
  }
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.length === 0
      ? '—'
      : value.map((item) => show(item, context)).join(language === 'zh-CN' ? '、' : ', ');
  }
  if (Array.isArray(value)) {
    // Lists of amounts or of objects (a rule's tests): one item after the other.
    return value.map((item) => show(item, context)).join(language === 'zh-CN' ? '；' : ' / ');
  }
  if (isRecord(value)) {
    // A nested object (a bank account, a package's limits): its fields on the same line.
    return Object.entries(value)
      .map(([key, item]) => `${keyName(key, t)}: ${show(item, { ...context, key })}`)
      .join(language === 'zh-CN' ? '；' : '; ');
  }
  return JSON.stringify(value);
}

function keyName(key: string, t: Translate): string {
  const known = keyLabels[key];
  return known ? t(known) : key;
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

/**
 * An audit entry's before/after as a compact diff of readable lines (keys and known values in the
 * reader's language, amounts as money), with the raw JSON a click away.
 */
export function AuditChanges({
  action,
  before,
  after,
}: {
  action: string;
  before: unknown;
  after: unknown;
}) {
  const { t, language } = useI18n();
  if (before == null && after == null) return <span className={cell.sub}>—</span>;
  const rows = rowsOf(before, after);
  const text = (key: string, value: unknown) => show(value, { action, key, t, language });
  return (
    <div>
      {rows ? (
        <dl className={styles.diff} data-testid="audit-changes">
          {rows.map((row) => (
            <div
              key={row.key}
              className={styles.row}
              data-changed={row.changed || undefined}
              data-kind={before != null && after != null ? row.kind : undefined}
            >
              <dt className={keyLabels[row.key] ? undefined : 'mono'}>{keyName(row.key, t)}</dt>
              <dd>
                {row.kind === 'kept' && row.changed ? (
                  <>
                    <del className={styles.before}>{text(row.key, row.before)}</del>
                    <span aria-hidden="true"> → </span>
                    <ins className={styles.after}>{text(row.key, row.after)}</ins>
                  </>
                ) : (
                  <span>{text(row.key, row.kind === 'removed' ? row.before : row.after)}</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <details className={styles.json}>
        <summary>{t('console.audit.json')}</summary>
        <pre className="mono">
          {JSON.stringify({ before: before ?? null, after: after ?? null }, null, 2)}
        </pre>
      </details>
    </div>
  );
}
