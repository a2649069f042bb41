import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { ResponseOf } from '../../api/contract';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { PasswordInput } from '../../ui/PasswordInput';
import { TextField } from '../../ui/TextField';
import { CopyField } from './CopyField';
import styles from './Operators.module.css';
import { type OperatorRole, operatorRoles, roleDescriptions, roleLabels } from './operator';
import { showOperator } from './operatorsCache';
import { QrCode } from './QrCode';

/** POST /api/v1/admin/operators (201): the new operator and their TOTP secret, shown once. */
type Created = ResponseOf<'postAdminOperators', 201>;
type Values = { name: string; email: string; password: string; roles: OperatorRole[] };
const fields = ['name', 'email', 'password', 'roles'] as const;

/** A new operator: name, e-mail, first password and roles; then their authenticator secret, once. */
export function CreateOperatorDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const form = useForm<Values>({
    defaultValues: { name: '', email: '', password: '', roles: ['reviewer'] },
  });
  const create = $api.useMutation('post', '/api/v1/admin/operators');
  const [failure, setFailure] = useState<unknown>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const { errors, isSubmitting } = form.formState;
  const required = t('ui.error.required');
  const filled = (value: string) => value.trim() !== '' || required;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const answer = await create.mutateAsync({
        body: {
          name: values.name.trim(),
          email: values.email.trim(),
          password: values.password,
          roles: values.roles,
        },
      });
      setCreated(answer);
      showOperator(answer.operator);
    } catch (error) {
      // A problem the server names a field for (a taken e-mail) shows under that field.
      if (!showServerErrors(error, form.setError, fields)) setFailure(error);
    }
  });

  if (created) {
    return (
      <Dialog
        title={t('console.totp.title', { name: created.operator.name })}
        description={t('console.totp.body')}
        onClose={onClose}
      >
        <div className={`dialog__form ${styles.totpSetup}`} data-testid="totp-setup">
          <p className="notice">{t('console.totp.once')}</p>
          <div className={styles.totpQr}>
            <QrCode value={created.otpauthUrl} label={t('console.totp.qr')} />
            <p className={styles.totpSteps}>{t('console.totp.scan')}</p>
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
        <ErrorNotice error={failure} fields={fields} />
        <TextField
          label={t('console.operators.name')}
          error={errors.name?.message}
          autoComplete="off"
          maxLength={100}
          registration={form.register('name', { validate: filled })}
        />
        <TextField
          label={t('console.operators.email')}
          error={errors.email?.message}
          type="email"
          autoComplete="off"
          registration={form.register('email', { validate: filled })}
        />
        <Field
          label={t('console.operators.password')}
          hint={t('console.operators.passwordHint')}
          error={errors.password?.message}
        >
          {(control) => (
            <Controller
              control={form.control}
              name="password"
              rules={{ required }}
              render={({ field }) => (
                <PasswordInput
                  control={control}
                  value={field.value}
                  onChange={field.onChange}
                  autoComplete="new-password"
                />
              )}
            />
          )}
        </Field>
        <fieldset className="field-group" data-invalid={errors.roles ? true : undefined}>
          <legend className="field__label">{t('console.operators.roles')}</legend>
          <div className={styles.roleOptions}>
            {operatorRoles.map((role) => (
              <label key={role} className="checkbox">
                <input
                  type="checkbox"
                  value={role}
                  {...form.register('roles', {
                    validate: (roles) => roles.length > 0 || t('console.operators.pickRole'),
                  })}
                />
                <span>
                  <strong>{t(roleLabels[role])}</strong>
                  <span className={styles.roleDescription}>{t(roleDescriptions[role])}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.roles?.message && (
            <p className="field__error" role="alert">
              {errors.roles.message}
            </p>
          )}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
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
