import { type FormEvent, type ReactNode, useCallback, useRef, useState } from 'react';
import { api } from '../../api';
import { useT } from '../../i18n/i18n';
import { CodeField } from '../../ui/CodeField';
import { isCompleteCode } from '../../ui/CodeInput';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { fieldError, isReauthRequired } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { PasswordInput } from '../../ui/PasswordInput';
import { formatPhone } from '../../ui/phone';
import { ResendButton } from '../../ui/ResendButton';
import { Address, RichText } from '../../ui/RichText';
import { Tabs } from '../../ui/Tabs';
import { useAction } from '../../ui/useAction';
import { useCodeSender } from '../../ui/useCodeSender';
import type { Account, CodeSent } from '../auth/account';
import { codeProblem } from '../auth/codeErrors';

type Pending = { resolve: () => void; reject: (error: unknown) => void };

/**
 * Sensitive changes need a recent re-authentication. `withReauth(change)` tries the change; if
 * the server asks for re-authentication, the dialog opens, and once the merchant has confirmed,
 * the change is sent again. Closing the dialog fails the change with the server's own error.
 */
export function useReauth(account: Account) {
  const [pending, setPending] = useState<Pending | null>(null);
  const pendingRef = useRef<Pending | null>(null);

  const withReauth = useCallback(async <T,>(change: () => Promise<T>): Promise<T> => {
    try {
      return await change();
    } catch (error) {
      if (!isReauthRequired(error)) throw error;
      await new Promise<void>((resolve, reject) => {
        const next = { resolve, reject: () => reject(error) };
        pendingRef.current = next;
        setPending(next);
      });
      return change();
    }
  }, []);

  const finish = (confirmed: boolean) => {
    const current = pendingRef.current;
    pendingRef.current = null;
    setPending(null);
    if (confirmed) current?.resolve();
    else current?.reject(null);
  };

  const dialog: ReactNode = pending ? (
    <ReauthDialog
      account={account}
      onConfirmed={() => finish(true)}
      onCancel={() => finish(false)}
    />
  ) : null;
  return { withReauth, dialog };
}

type Method = 'password' | 'email' | 'phone';

function ReauthDialog({
  account,
  onConfirmed,
  onCancel,
}: {
  account: Account;
  onConfirmed: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const methods: { key: Method; label: string }[] = [
    { key: 'password', label: t('reauth.byPassword') },
    ...(account.email && account.emailVerified
      ? [{ key: 'email' as const, label: t('reauth.byEmail') }]
      : []),
    ...(account.phone && account.phoneVerified
      ? [{ key: 'phone' as const, label: t('reauth.byPhone') }]
      : []),
  ];
  const [method, setMethod] = useState<Method>('password');

  return (
    <Dialog title={t('reauth.title')} description={t('reauth.body')} onClose={onCancel}>
      {methods.length > 1 ? (
        <Tabs label={t('reauth.method')} tabs={methods} selected={method} onSelect={setMethod}>
          {method === 'password' ? (
            <PasswordProof onConfirmed={onConfirmed} />
          ) : (
            <CodeProof
              key={method}
              channel={method}
              address={
                method === 'email' ? (account.email ?? '') : formatPhone(account.phone ?? '')
              }
              onConfirmed={onConfirmed}
            />
          )}
        </Tabs>
      ) : (
        <PasswordProof onConfirmed={onConfirmed} />
      )}
    </Dialog>
  );
}

function PasswordProof({ onConfirmed }: { onConfirmed: () => void }) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const confirm = useAction();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The dialog's form sits inside the page's own forms in the React tree; keep it to itself.
    event.stopPropagation();
    setMissing(!password);
    if (!password) return;
    const outcome = await confirm.run(() => api.post('/me/reauthenticate', { password }));
    if (outcome.ok) onConfirmed();
  };

  return (
    <form className="dialog__form" onSubmit={submit} noValidate>
      <ErrorNotice error={confirm.error} fields={['password']} />
      <Field
        label={t('auth.password')}
        error={missing ? t('ui.error.required') : fieldError(confirm.error, 'password')}
      >
        {(control) => (
          <PasswordInput
            control={control}
            name="reauthPassword"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
          />
        )}
      </Field>
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={confirm.busy}
      >
        {t('reauth.confirm')}
      </button>
    </form>
  );
}

function CodeProof({
  channel,
  address,
  onConfirmed,
}: {
  channel: 'email' | 'phone';
  address: string;
  onConfirmed: () => void;
}) {
  const t = useT();
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState<string>();
  const sender = useCodeSender();
  const confirm = useAction();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    event.stopPropagation();
    if (!isCompleteCode(code)) {
      setFormatError(t('ui.code.invalidFormat'));
      return;
    }
    setFormatError(undefined);
    const outcome = await confirm.run(() => api.post('/me/reauthenticate', { channel, code }));
    if (outcome.ok) onConfirmed();
  };

  return (
    <form className="dialog__form" onSubmit={submit} noValidate>
      <p className="dialog__note">
        <RichText text={t('reauth.codeTo')} values={{ address: <Address>{address}</Address> }} />
      </p>
      <ErrorNotice
        error={codeProblem(confirm.error) ? sender.error : (confirm.error ?? sender.error)}
      />
      <ResendButton
        sent={sender.sent}
        secondsLeft={sender.secondsLeft}
        busy={sender.busy}
        onClick={() =>
          void sender.send(() => api.post<CodeSent>('/me/reauthenticate/code', { channel }))
        }
      />
      <CodeField
        value={code}
        onChange={setCode}
        error={formatError ?? codeProblem(confirm.error)}
      />
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={confirm.busy}
      >
        {t('reauth.confirm')}
      </button>
    </form>
  );
}
