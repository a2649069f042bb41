import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { Chips } from '../../ui/Choices';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { cell } from '../../ui/list';
import { formatDateTime } from '../verification/display';
import styles from './Operators.module.css';
import { type Operator, type OperatorRole, operatorRoles, roleLabels } from './operator';
import { showOperator } from './operatorsCache';
import { useOperator } from './session';

function RoleChips({ roles }: { roles: readonly OperatorRole[] }) {
  const t = useI18n().t;
  return (
    <ul className={styles.roleChips}>
      {roles.map((role) => (
        <li key={role} className={styles.roleChip} data-role={role}>
          {t(roleLabels[role])}
        </li>
      ))}
    </ul>
  );
}

/** One operator of the list: their roles (changed in place), status, and enable/disable. */
export function OperatorRow({ operator }: { operator: Operator }) {
  const { t, language } = useI18n();
  const me = useOperator();
  const [editing, setEditing] = useState(false);
  const [confirmDisable, setConfirmDisable] = useState(false);
  const save = $api.useMutation('patch', '/api/v1/admin/operators/{id}');
  const form = useForm<{ roles: OperatorRole[] }>({ defaultValues: { roles: operator.roles } });
  const roles = form.watch('roles');
  const self = operator.id === me.id;

  const patch = async (change: { roles?: OperatorRole[]; disabled?: boolean }) => {
    try {
      const answer = await save.mutateAsync({
        params: { path: { id: operator.id } },
        body: change,
      });
      showOperator(answer.operator);
      setEditing(false);
      setConfirmDisable(false);
    } catch {
      // save.error says what went wrong, beside the buttons.
    }
  };
  const busy = save.isPending;

  return (
    <tr data-testid={`operator-${operator.email}`} data-disabled={operator.disabled || undefined}>
      <td data-label={t('console.operators.col.operator')}>
        <span className={cell.main}>
          {operator.name}
          {self && <span className="tag tag--muted">{t('console.operators.you')}</span>}
        </span>
        <span className={cell.sub}>{operator.email}</span>
      </td>
      <td data-label={t('console.operators.col.roles')}>
        {editing ? (
          <form
            className={styles.roleEditor}
            onSubmit={form.handleSubmit((values) => patch({ roles: values.roles }))}
          >
            <Controller
              control={form.control}
              name="roles"
              render={({ field }) => (
                <Chips
                  name={`roles-${operator.id}`}
                  choices={operatorRoles.map((role) => ({
                    value: role,
                    label: t(roleLabels[role]),
                  }))}
                  values={field.value}
                  onToggle={(role) =>
                    field.onChange(
                      field.value.includes(role)
                        ? field.value.filter((value) => value !== role)
                        : [...field.value, role],
                    )
                  }
                />
              )}
            />
            <ErrorNotice error={save.error} />
            <div className="form-actions">
              <button
                type="submit"
                className="button button--primary button--small"
                disabled={busy || roles.length === 0}
              >
                {t('console.operators.saveRoles')}
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  setEditing(false);
                  save.reset();
                }}
              >
                {t('ui.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <RoleChips roles={operator.roles} />
        )}
      </td>
      <td data-label={t('console.operators.col.status')}>
        <span className={`status ${operator.disabled ? 'status--muted' : 'status--ok'}`}>
          {t(operator.disabled ? 'console.operators.disabled' : 'console.operators.active')}
        </span>
      </td>
      <td data-label={t('console.operators.col.lastLogin')}>
        {operator.lastLoginAt ? formatDateTime(operator.lastLoginAt, language) : t('console.never')}
      </td>
      <td className={cell.actions}>
        {!editing && (
          <div className="row-actions">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                form.reset({ roles: operator.roles });
                setEditing(true);
              }}
            >
              {t('console.operators.editRoles')}
            </button>
            {operator.disabled ? (
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={busy}
                onClick={() => void patch({ disabled: false })}
              >
                {t('console.operators.enable')}
              </button>
            ) : (
              !self && (
                <button
                  type="button"
                  className="button button--danger button--small"
                  onClick={() => setConfirmDisable(true)}
                >
                  {t('console.operators.disable')}
                </button>
              )
            )}
          </div>
        )}
        {!editing && !confirmDisable && <ErrorNotice error={save.error} />}
        {confirmDisable && (
          <Dialog
            title={t('console.operators.disableTitle', { name: operator.name })}
            description={t('console.operators.disableBody')}
            onClose={() => setConfirmDisable(false)}
          >
            <div className="dialog__form">
              <ErrorNotice error={save.error} />
              <div className="form-actions">
                <button
                  type="button"
                  className="button button--danger"
                  disabled={busy}
                  onClick={() => void patch({ disabled: true })}
                >
                  {t('console.operators.disable')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setConfirmDisable(false)}
                >
                  {t('ui.cancel')}
                </button>
              </div>
            </div>
          </Dialog>
        )}
      </td>
    </tr>
  );
}
