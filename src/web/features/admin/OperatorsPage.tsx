import './admin.css';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import type { ResponseOf } from '../../api/contract';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { Chips } from '../../ui/Choices';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldError } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { PasswordInput } from '../../ui/PasswordInput';
import { formatDateTime } from '../verification/display';
import { CopyField } from './CopyField';
import { RequireRole } from './guards';
import { useOperatorAction, useOperatorResource } from './hooks';
import {
  type Operator,
  type OperatorRole,
  operatorRoles,
  roleDescriptions,
  roleLabels,
} from './operator';
import { QrCode } from './QrCode';
import { useOperator } from './session';

/** POST /api/v1/admin/operators (201): the new operator and their TOTP secret, shown once. */
type Created = ResponseOf<'postAdminOperators', 201>;

/** Operator accounts (SPEC §9), for admins: create with TOTP, change roles, disable. */
export function OperatorsPage() {
  return (
    <RequireRole roles={['admin']}>
      <Operators />
    </RequireRole>
  );
}

function Operators() {
  const { t } = useI18n();
  usePageTitle('admin.nav.operators', 'app.console');
  const list = useOperatorResource((signal) =>
    api.get<{ operators: Operator[] }>('/admin/operators', { signal }),
  );
  const [creating, setCreating] = useState(false);

  const replace = (operator: Operator) => {
    if (!list.data) return;
    list.setData({
      operators: list.data.operators.map((current) =>
        current.id === operator.id ? operator : current,
      ),
    });
  };

  return (
    <section className="page console-page">
      <header className="page__header page__header--actions">
        <div>
          <h1>{t('admin.nav.operators')}</h1>
          <p className="page__summary">{t('console.operators.summary')}</p>
        </div>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          {t('console.operators.new')}
        </button>
      </header>
      {list.data ? (
        <div className="card table-card">
          <table className="data-table" data-testid="operators">
            <thead>
              <tr>
                <th scope="col">{t('console.operators.col.operator')}</th>
                <th scope="col">{t('console.operators.col.roles')}</th>
                <th scope="col">{t('console.operators.col.status')}</th>
                <th scope="col">{t('console.operators.col.lastLogin')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('console.operators.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.operators.map((operator) => (
                <OperatorRow key={operator.id} operator={operator} onChange={replace} />
              ))}
            </tbody>
          </table>
        </div>
      ) : list.loading ? (
        <div className="card">
          <Loading />
        </div>
      ) : (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      )}
      {creating && (
        <CreateOperatorDialog
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            if (list.data) list.setData({ operators: [...list.data.operators, created.operator] });
          }}
        />
      )}
    </section>
  );
}

function RoleChips({ roles }: { roles: readonly OperatorRole[] }) {
  const t = useI18n().t;
  return (
    <ul className="role-chips">
      {roles.map((role) => (
        <li key={role} className="role-chip" data-role={role}>
          {t(roleLabels[role])}
        </li>
      ))}
    </ul>
  );
}

function OperatorRow({
  operator,
  onChange,
}: {
  operator: Operator;
  onChange: (operator: Operator) => void;
}) {
  const { t, language } = useI18n();
  const me = useOperator();
  const [editing, setEditing] = useState(false);
  const [roles, setRoles] = useState<OperatorRole[]>(operator.roles);
  const [confirmDisable, setConfirmDisable] = useState(false);
  const save = useOperatorAction();
  const self = operator.id === me.id;

  const patch = async (change: { roles?: OperatorRole[]; disabled?: boolean }) => {
    const outcome = await save.run(() =>
      api.patch<{ operator: Operator }>(`/admin/operators/${operator.id}`, change),
    );
    if (outcome.ok) {
      onChange(outcome.value.operator);
      setEditing(false);
      setConfirmDisable(false);
    }
  };

  const toggleRole = (role: OperatorRole) =>
    setRoles((current) =>
      current.includes(role) ? current.filter((value) => value !== role) : [...current, role],
    );

  return (
    <tr data-testid={`operator-${operator.email}`} data-disabled={operator.disabled || undefined}>
      <td data-label={t('console.operators.col.operator')}>
        <span className="cell-main">
          {operator.name}
          {self && <span className="tag tag--muted">{t('console.operators.you')}</span>}
        </span>
        <span className="cell-sub">{operator.email}</span>
      </td>
      <td data-label={t('console.operators.col.roles')}>
        {editing ? (
          <div className="role-editor">
            <Chips
              name={`roles-${operator.id}`}
              choices={operatorRoles.map((role) => ({ value: role, label: t(roleLabels[role]) }))}
              values={roles}
              onToggle={toggleRole}
            />
            <ErrorNotice error={save.error} />
            <div className="form-actions">
              <button
                type="button"
                className="button button--primary button--small"
                disabled={save.busy || roles.length === 0}
                onClick={() => void patch({ roles })}
              >
                {t('console.operators.saveRoles')}
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  setEditing(false);
                  setRoles(operator.roles);
                  save.reset();
                }}
              >
                {t('ui.cancel')}
              </button>
            </div>
          </div>
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
      <td className="data-table__actions">
        {!editing && (
          <div className="row-actions">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setRoles(operator.roles);
                setEditing(true);
              }}
            >
              {t('console.operators.editRoles')}
            </button>
            {operator.disabled ? (
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={save.busy}
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
                  disabled={save.busy}
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

function CreateOperatorDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (created: Created) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<OperatorRole[]>(['reviewer']);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<Created | null>(null);
  const create = useOperatorAction();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!name.trim()) problems.name = t('ui.error.required');
    if (!email.trim()) problems.email = t('ui.error.required');
    if (!password) problems.password = t('ui.error.required');
    if (roles.length === 0) problems.roles = t('console.operators.pickRole');
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const outcome = await create.run(() =>
      api.post<Created>('/admin/operators', {
        name: name.trim(),
        email: email.trim(),
        password,
        roles,
      }),
    );
    if (outcome.ok) {
      setCreated(outcome.value);
      onCreated(outcome.value);
    }
  };

  const errorFor = (field: string) => localErrors[field] ?? fieldError(create.error, field);

  if (created) {
    return (
      <Dialog
        title={t('console.totp.title', { name: created.operator.name })}
        description={t('console.totp.body')}
        onClose={onClose}
      >
        <div className="dialog__form totp-setup" data-testid="totp-setup">
          <p className="notice">{t('console.totp.once')}</p>
          <div className="totp-setup__qr">
            <QrCode value={created.otpauthUrl} label={t('console.totp.qr')} />
            <p className="totp-setup__steps">{t('console.totp.scan')}</p>
          </div>
          <CopyField
            label={t('console.totp.secret')}
            value={created.totpSecret}
            name="totpSecret"
          />
          <CopyField
            label={t('console.totp.url')}
            value={created.otpauthUrl}
            name="otpauthUrl"
            multiline
          />
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={onClose}>
              {t('console.totp.done')}
            </button>
          </div>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={t('console.operators.new')}
      description={t('console.operators.newBody')}
      onClose={onClose}
    >
      <form className="dialog__form" onSubmit={submit} noValidate>
        <ErrorNotice error={create.error} fields={['name', 'email', 'password', 'roles']} />
        <Field label={t('console.operators.name')} error={errorFor('name')}>
          {(control) => (
            <input
              {...control}
              className="field__input"
              name="name"
              autoComplete="off"
              maxLength={100}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('console.operators.email')} error={errorFor('email')}>
          {(control) => (
            <input
              {...control}
              className="field__input"
              name="email"
              type="email"
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('console.operators.password')}
          hint={t('console.operators.passwordHint')}
          error={errorFor('password')}
        >
          {(control) => (
            <PasswordInput
              control={control}
              value={password}
              onChange={setPassword}
              autoComplete="new-password"
            />
          )}
        </Field>
        <fieldset className="field-group" data-invalid={errorFor('roles') ? true : undefined}>
          <legend className="field__label">{t('console.operators.roles')}</legend>
          <div className="role-options">
            {operatorRoles.map((role) => (
              <label key={role} className="checkbox">
                <input
                  type="checkbox"
                  name="roles"
                  value={role}
                  checked={roles.includes(role)}
                  onChange={() =>
                    setRoles((current) =>
                      current.includes(role)
                        ? current.filter((value) => value !== role)
                        : [...current, role],
                    )
                  }
                />
                <span>
                  <strong>{t(roleLabels[role])}</strong>
                  <span className="role-options__description">{t(roleDescriptions[role])}</span>
                </span>
              </label>
            ))}
          </div>
          {errorFor('roles') && (
            <p className="field__error" role="alert">
              {errorFor('roles')}
            </p>
          )}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={create.busy}>
            {t('console.operators.create')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('ui.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
