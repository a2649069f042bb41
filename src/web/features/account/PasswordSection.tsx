import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useT } from '../../i18n/i18n';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { showServerErrors } from '../../ui/forms';
import { NewPasswordField } from '../auth/NewPasswordField';
import styles from './Account.module.css';

const emptyChange = { newPassword: '', signOutOtherSessions: true };

/** Changing the password: a new one (the rules shown), after re-authentication. */
export function PasswordSection({
  withReauth,
  onChanged,
}: {
  withReauth: <T>(change: () => Promise<T>) => Promise<T>;
  /** Other sessions may have ended. */
  onChanged: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [changed, setChanged] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm({ defaultValues: emptyChange });
  const change = $api.useMutation('put', '/api/v1/me/password');

  const submit = form.handleSubmit(async (body) => {
    setFailure(null);
    try {
      await withReauth(() => change.mutateAsync({ body }));
      setOpen(false);
      form.reset(emptyChange);
      setChanged(true);
      onChanged();
    } catch (error) {
      showServerErrors(error, form.setError, ['newPassword']);
      setFailure(error);
    }
  });

  return (
    <section className={`card ${styles.settings}`} aria-labelledby="password-title">
      <div className={styles.header}>
        <div>
          <h2 id="password-title" className={styles.title}>
            {t('account.password')}
          </h2>
          <p className={styles.summary}>{t('account.password.summary')}</p>
        </div>
        {!open && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setChanged(false);
              setFailure(null);
              setOpen(true);
            }}
          >
            {t('account.password.change')}
          </button>
        )}
      </div>
      {changed && <SuccessNotice>{t('account.password.changed')}</SuccessNotice>}
      {open && (
        <form className={styles.form} onSubmit={submit} noValidate>
          <ErrorNotice error={failure} fields={['newPassword']} />
          <NewPasswordField control={form.control} name="newPassword" label="auth.newPassword" />
          <label className="checkbox">
            <input type="checkbox" {...form.register('signOutOtherSessions')} />
            <span>{t('account.password.signOutOthers')}</span>
          </label>
          <div className="form-actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={form.formState.isSubmitting}
            >
              {t('account.save')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setOpen(false);
                form.reset(emptyChange);
              }}
            >
              {t('account.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
