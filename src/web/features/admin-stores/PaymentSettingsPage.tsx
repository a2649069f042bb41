import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api, queryClient } from '../../api/query';
import { useT } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { showServerErrors } from '../../ui/forms';
import { Loading } from '../../ui/Loading';
import { TextField } from '../../ui/TextField';
import { CopyField } from '../admin/CopyField';
import { RequireRole } from '../admin/guards';
import { TestModeBadge } from '../store/display';
import styles from './PaymentSettingsPage.module.css';
import type { PaymentSettings } from './types';

/** Admins set where merchants transfer money, whether test payments are allowed, and see the callbacks. */
export function PaymentSettingsPage() {
  return (
    <RequireRole roles={['admin']}>
      <Settings />
    </RequireRole>
  );
}

/** The answer to a change is the settings as they now stand: the page shows it at once. */
function showSaved(settings: PaymentSettings) {
  queryClient.setQueriesData({ queryKey: ['get', '/api/v1/admin/payment-settings'] }, settings);
}

function Settings() {
  const t = useT();
  usePageTitle('adminStores.nav.paymentSettings', 'app.console');
  const settings = $api.useQuery('get', '/api/v1/admin/payment-settings');

  return (
    <section className="page console-page">
      <header className="page__header">
        <h1>{t('adminStores.nav.paymentSettings')}</h1>
        <p className="page__summary">{t('adminStores.settings.summary')}</p>
      </header>
      {settings.data ? (
        <div className={styles.list} data-testid="payment-settings">
          <BankAccountCard settings={settings.data} />
          <SandboxCard settings={settings.data} />
          <CallbacksCard settings={settings.data} />
        </div>
      ) : settings.isPending ? (
        <div className="card">
          <Loading />
        </div>
      ) : (
        <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} />
      )}
    </section>
  );
}

type BankAccount = NonNullable<PaymentSettings['bankAccount']>;
type AccountValues = { [Field in keyof BankAccount]: string };

const accountFields = ['accountName', 'bankName', 'accountNumber', 'swift'] as const;
const accountLabels = {
  accountName: 'store.payment.transfer.accountName',
  bankName: 'store.payment.transfer.bankName',
  accountNumber: 'store.payment.transfer.accountNumber',
  swift: 'store.payment.transfer.swift',
} as const;
const maxLengths = { accountName: 200, bankName: 200, accountNumber: 64, swift: 11 } as const;

function BankAccountCard({ settings }: { settings: PaymentSettings }) {
  const t = useT();
  const current = settings.bankAccount;
  const form = useForm<AccountValues>({
    defaultValues: {
      accountName: current?.accountName ?? '',
      bankName: current?.bankName ?? '',
      accountNumber: current?.accountNumber ?? '',
      swift: current?.swift ?? '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const save = $api.useMutation('put', '/api/v1/admin/payment-settings');
  const [saved, setSaved] = useState(false);
  const offered = settings.offeredProviders.includes('offline');

  // "Saved" is about what was sent: it goes as soon as the account is edited again.
  useEffect(() => {
    const subscription = form.watch(() => setSaved(false));
    return () => subscription.unsubscribe();
  }, [form]);

  const required = (value: string) => value.trim() !== '' || t('ui.error.required');

  const submit = form.handleSubmit(async (values) => {
    setSaved(false);
    try {
      const answer = await save.mutateAsync({
        body: {
          bankAccount: {
            accountName: values.accountName.trim(),
            bankName: values.bankName.trim(),
            accountNumber: values.accountNumber.trim(),
            swift: values.swift.trim() || null,
          },
        },
      });
      showSaved(answer);
      setSaved(true);
    } catch (error) {
      showServerErrors(error, form.setError, (field) =>
        accountFields.find((name) => field === `bankAccount.${name}`),
      );
    }
  });

  return (
    <section className={`card ${styles.card}`} aria-labelledby="bank-account-title">
      <div className={styles.head}>
        <h2 id="bank-account-title" className={styles.title}>
          {t('adminStores.settings.bank')}
        </h2>
        <span className={`tag ${offered ? 'tag--ok' : 'tag--muted'}`} data-testid="offline-state">
          {t(offered ? 'adminStores.settings.offlineOn' : 'adminStores.settings.offlineOff')}
        </span>
      </div>
      {!offered && (
        <p className="notice" data-testid="offline-unavailable">
          {t('adminStores.settings.offlineNeedsAccount')}
        </p>
      )}
      <p className={styles.summary}>{t('adminStores.settings.bankSummary')}</p>
      <form className={styles.form} onSubmit={submit} noValidate>
        {accountFields.map((field) => (
          <TextField
            key={field}
            label={t(accountLabels[field])}
            optional={field === 'swift'}
            error={errors[field]?.message}
            className={field === 'accountNumber' || field === 'swift' ? 'mono' : undefined}
            autoComplete="off"
            maxLength={maxLengths[field]}
            registration={form.register(field, field === 'swift' ? {} : { validate: required })}
          />
        ))}
        <ErrorNotice error={save.error} fields={['bankAccount']} />
        {saved && <SuccessNotice>{t('adminStores.settings.saved')}</SuccessNotice>}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {t('adminStores.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

function SandboxCard({ settings }: { settings: PaymentSettings }) {
  const t = useT();
  const save = $api.useMutation('put', '/api/v1/admin/payment-settings', {
    onSuccess: showSaved,
  });
  const enabled = settings.sandboxEnabled;

  return (
    <section className={`card ${styles.card}`} aria-labelledby="sandbox-title">
      <div className={styles.head}>
        <h2 id="sandbox-title" className={styles.title}>
          {t('adminStores.settings.sandbox')} <TestModeBadge />
        </h2>
        <span className={`tag ${enabled ? 'tag--ok' : 'tag--muted'}`} data-testid="sandbox-state">
          {t(enabled ? 'adminStores.settings.sandboxOn' : 'adminStores.settings.sandboxOff')}
        </span>
      </div>
      <p className={styles.summary}>{t('adminStores.settings.sandboxSummary')}</p>
      <ErrorNotice error={save.error} />
      <div className="form-actions">
        <button
          type="button"
          className={`button ${enabled ? 'button--danger' : 'button--primary'}`}
          disabled={save.isPending}
          onClick={() => save.mutate({ body: { sandboxEnabled: !enabled } })}
        >
          {t(
            enabled ? 'adminStores.settings.sandboxDisable' : 'adminStores.settings.sandboxEnable',
          )}
        </button>
      </div>
    </section>
  );
}

function CallbacksCard({ settings }: { settings: PaymentSettings }) {
  const t = useT();
  const [revealed, setRevealed] = useState(false);
  const providers = Object.keys(settings.callbacks.urls);
  return (
    <section className={`card ${styles.card}`} aria-labelledby="callbacks-title">
      <h2 id="callbacks-title" className={styles.title}>
        {t('adminStores.settings.callbacks')}
      </h2>
      <p className={styles.summary}>
        {t('adminStores.settings.callbacksSummary', { header: settings.callbacks.signatureHeader })}
      </p>
      {providers.map((provider) => (
        <div key={provider} className={styles.callback}>
          <h3 className={`${styles.callbackTitle} mono`}>{provider}</h3>
          <CopyField
            label={t('adminStores.settings.callbackUrl')}
            name={`callback-url-${provider}`}
            value={settings.callbacks.urls[provider] ?? ''}
          />
          {revealed && (
            <CopyField
              label={t('adminStores.settings.callbackSecret')}
              name={`callback-secret-${provider}`}
              value={settings.callbacks.secrets[provider] ?? ''}
            />
          )}
        </div>
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setRevealed(!revealed)}
        >
          {t(revealed ? 'adminStores.settings.hideSecrets' : 'adminStores.settings.showSecrets')}
        </button>
      </div>
    </section>
  );
}
