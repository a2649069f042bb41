import './admin.css';
import { useT } from '../../i18n/i18n';
import { SignOutIcon } from '../../shell/icons';
import { roleLabels } from './operator';
import { useOperatorAuth } from './session';

/** Who is signed in to the console, with what roles, and the way out (foot of the sidebar). */
export function OperatorPanel({ open }: { open: boolean }) {
  const t = useT();
  const auth = useOperatorAuth();
  const operator = auth.operator;
  if (!operator) return null;
  return (
    <div className="operator-panel" data-open={open} data-testid="operator-panel">
      <div className="operator-panel__who">
        <span className="operator-panel__avatar" aria-hidden="true">
          {[...operator.name.trim()][0]?.toUpperCase() ?? '?'}
        </span>
        <span className="operator-panel__text">
          <span className="operator-panel__name">{operator.name}</span>
          <span className="operator-panel__email">{operator.email}</span>
        </span>
      </div>
      <ul className="operator-panel__roles" aria-label={t('console.roles')}>
        {operator.roles.map((role) => (
          <li key={role} className="role-chip role-chip--dark">
            {t(roleLabels[role])}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="operator-panel__sign-out"
        onClick={() => void auth.signOut()}
      >
        <SignOutIcon />
        {t('console.signOut')}
      </button>
    </div>
  );
}
