import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useT } from '../../i18n/i18n';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { fieldError } from '../../ui/errors';
import { NewPasswordField, newPasswordProblem } from '../auth/NewPasswordField';
import { useMerchantAction } from '../auth/useMerchantAction';

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
  const [password, setPassword] = useState('');
  const [signOutOthers, setSignOutOthers] = useState(true);
  const [localError, setLocalError] = useState<string>();
  const [changed, setChanged] = useState(false);
  const change = useMerchantAction();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = newPasswordProblem(password);
    setLocalError(problem ? t(problem) : undefined);
    if (problem) return;
    const outcome = await change.run(() =>
      withReauth(() =>
        api.put<void>('/me/password', {
          newPassword: password,
          signOutOtherSessions: signOutOthers,
        }),
      ),
    );
    if (outcome.ok) {
      setOpen(false);
      setPassword('');
      setChanged(true);
      onChanged();
    }
  };

  return (
    <section className="card settings" aria-labelledby="password-title">
      <div className="settings__header">
        <div>
          <h2 id="password-title" className="settings__title">
            {t('account.password')}
          </h2>
          <p className="settings__summary">{t('account.password.summary')}</p>
        </div>
        {!open && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setChanged(false);
              change.reset();
              setOpen(true);
            }}
          >
            {t('account.password.change')}
          </button>
        )}
      </div>
      {changed && <SuccessNotice>{t('account.password.changed')}</SuccessNotice>}
      {open && (
        <form className="settings__form" onSubmit={submit} noValidate>
          <ErrorNotice error={change.error} fields={['newPassword']} />
          <NewPasswordField
            label="auth.newPassword"
            value={password}
            onChange={setPassword}
            error={localError ?? fieldError(change.error, 'newPassword')}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={signOutOthers}
              onChange={(event) => setSignOutOthers(event.target.checked)}
            />
            <span>{t('account.password.signOutOthers')}</span>
          </label>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={change.busy}>
              {t('account.save')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setOpen(false);
                setPassword('');
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
