import { type FormEvent, type ReactNode, useCallback, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useT } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { isReauthRequired } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { showServerErrors } from '../../ui/forms';
import { PasswordInput } from '../../ui/PasswordInput';
import { formatPhone } from '../../ui/phone';
import { ResendButton } from '../../ui/ResendButton';
import { Address, RichText } from '../../ui/RichText';
import { Tabs } from '../../ui/Tabs';
import { useCodeSender } from '../../ui/useCodeSender';
import type { Account } from '../auth/account';
import { codeProblem } from '../auth/codeErrors';
import { FormCodeField } from '../auth/FormCodeField';

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

/**
 * The dialog's form sits inside the page's own forms in the React tree: its submit stays its own.
 */
const ownSubmit =
  (submit: (event: FormEvent<HTMLFormElement>) => Promise<void>) =>
  (event: FormEvent<HTMLFormElement>) => {
    event.stopPropagation();
    void submit(event);
  };

function PasswordProof({ onConfirmed }: { onConfirmed: () => void }) {
  const t = useT();
  const form = useForm({ defaultValues: { password: '' } });
  const confirm = $api.useMutation('post', '/api/v1/me/reauthenticate');
  const [failure, setFailure] = useState<unknown>(null);

  const submit = form.handleSubmit(async ({ password }) => {
    setFailure(null);
    try {
      await confirm.mutateAsync({ body: { password } });
      onConfirmed();
    } catch (error) {
      showServerErrors(error, form.setError, ['password']);
      setFailure(error);
    }
  });

  return (
    <form className="dialog__form" onSubmit={ownSubmit(submit)} noValidate>
      <ErrorNotice error={failure} fields={['password']} />
      <Field label={t('auth.password')} error={form.formState.errors.password?.message}>
        {(control) => (
          <Controller
            control={form.control}
            name="password"
            rules={{ required: t('ui.error.required') }}
            render={({ field }) => (
              <PasswordInput
                control={control}
                name="reauthPassword"
                value={field.value}
                onChange={field.onChange}
                autoComplete="current-password"
              />
            )}
          />
        )}
      </Field>
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={form.formState.isSubmitting}
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
  const form = useForm({ defaultValues: { code: '' } });
  const sender = useCodeSender();
  const requestCode = $api.useMutation('post', '/api/v1/me/reauthenticate/code');
  const confirm = $api.useMutation('post', '/api/v1/me/reauthenticate');
  const [failure, setFailure] = useState<unknown>(null);

  const submit = form.handleSubmit(async ({ code }) => {
    setFailure(null);
    try {
      await confirm.mutateAsync({ body: { channel, code } });
      onConfirmed();
    } catch (error) {
      const problem = codeProblem(error);
      if (problem) form.setError('code', { type: 'server', message: problem });
      setFailure(error);
    }
  });

  return (
    <form className="dialog__form" onSubmit={ownSubmit(submit)} noValidate>
      <p className="dialog__note">
        <RichText text={t('reauth.codeTo')} values={{ address: <Address>{address}</Address> }} />
      </p>
      <ErrorNotice error={codeProblem(failure) ? sender.error : (failure ?? sender.error)} />
      <ResendButton
        sent={sender.sent}
        secondsLeft={sender.secondsLeft}
        busy={sender.busy}
        onClick={() => void sender.send(() => requestCode.mutateAsync({ body: { channel } }))}
      />
      <FormCodeField control={form.control} />
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={form.formState.isSubmitting}
      >
        {t('reauth.confirm')}
      </button>
    </form>
  );
}
