import { useT } from '../../i18n/i18n';
import { SignOutIcon } from '../../shell/icons';
import styles from './OperatorPanel.module.css';
import { roleLabels } from './operator';
import { useOperatorAuth } from './session';

/** Who is signed in to the console, with what roles, and the way out (foot of the sidebar). */
export function OperatorPanel({ open }: { open: boolean }) {
  const t = useT();
  const auth = useOperatorAuth();
  const operator = auth.operator;
  if (!operator) return null;
  return (
    <div className={styles.panel} data-open={open} data-testid="operator-panel">
      <div className={styles.who}>
        <span className={styles.avatar} aria-hidden="true">
          {[...operator.name.trim()][0]?.toUpperCase() ?? '?'}
        </span>
        <span className={styles.text}>
          <span className={styles.name}>{operator.name}</span>
          <span className={styles.email}>{operator.email}</span>
        </span>
      </div>
      <ul className={styles.roles} aria-label={t('console.roles')}>
        {operator.roles.map((role) => (
          <li key={role} className={styles.role}>
            {t(roleLabels[role])}
          </li>
        ))}
      </ul>
      <button type="button" className={styles.signOut} onClick={() => void auth.signOut()}>
        <SignOutIcon />
        {t('console.signOut')}
      </button>
    </div>
  );
}
