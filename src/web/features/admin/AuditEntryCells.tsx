import { Link } from '@tanstack/react-router';
import type { ResponseOf } from '../../api/contract';
import { useI18n } from '../../i18n/i18n';
import { cell } from '../../ui/list';
import styles from './AuditLogPage.module.css';

export type AuditEntry = ResponseOf<'getAdminAuditLog'>['entries'][number];

/**
 * Who acted: the operator; for a failed sign-in, whoever typed at that address, naming the account
 * they tried (the log cannot know it was its owner); otherwise the system or the command line.
 */
export function Actor({
  entry,
  onFilter,
}: {
  entry: AuditEntry;
  onFilter: (actor: string) => void;
}) {
  const t = useI18n().t;
  if (entry.actor) {
    const actor = entry.actor;
    return (
      <button
        type="button"
        className={`link-button ${cell.main}`}
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
        <span className={cell.main} data-testid="audit-unknown-person">
          {t('console.audit.unknownSigningIn', {
            account: entry.targetName ?? t('console.audit.unknownAccount'),
          })}
        </span>
        {entry.ip && (
          <span className={`${cell.sub} mono`}>{t('console.audit.fromIp', { ip: entry.ip })}</span>
        )}
      </>
    );
  }
  return <span className={cell.sub}>{t('console.audit.system')}</span>;
}

/** What the entry is about: its name, type and short id, with a filter to it alone. */
export function Target({ entry, onFilter }: { entry: AuditEntry; onFilter: () => void }) {
  const t = useI18n().t;
  const { targetType: type, targetId: id, targetName: name } = entry;
  if (!type) return '—';
  return (
    <span>
      {name && <span className={cell.main}>{name}</span>}
      <span className={`${name ? cell.sub : cell.main} mono`}>{type}</span>
      {id && (
        <span className={`${cell.sub} mono`}>
          {type === 'verification' ? (
            <Link to="/admin/verifications/$caseId" params={{ caseId: id }} title={id}>
              {id.slice(0, 8)}
            </Link>
          ) : (
            <span title={id}>{id.slice(0, 8)}</span>
          )}{' '}
          <button
            type="button"
            className={`link-button ${styles.targetFilter}`}
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
