import '../admin/admin.css';
import './admin-stores.css';
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { fieldError } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { CopyField } from '../admin/CopyField';
import { RequireRole } from '../admin/guards';
import { useOperatorAction, useOperatorResource } from '../admin/hooks';
import { TestModeBadge } from '../store/display';
import type { PaymentSettings } from './types';

/** Admins set where merchants transfer money, whether test payments are allowed, and see the callbacks. */
export function PaymentSettingsPage() {
  return (
    <RequireRole roles={['admin']}>
      <Settings />
    </RequireRole>
  );
}

function Settings() {
  const { t } = useI18n();
  usePageTitle('adminStores.nav.paymentSettings', 'app.console');
  const settings = useOperatorResource((signal) =>
    api.get<PaymentSettings>('/admin/payment-settings', { signal }),
  );

  return (
    <section className="page console-page">
      <header className="page__header">
        <h1>{t('adminStores.nav.paymentSettings')}</h1>
        <p className="page__summary">{t('adminStores.settings.summary')}</p>
      </header>
      {settings.data ? (
        <div className="settings-list" data-testid="payment-settings">
          <BankAccountCard settings={settings.data} onSaved={settings.setData} />
          <SandboxCard settings={settings.data} onSaved={settings.setData} />
          <CallbacksCard settings={settings.data} />
        </div>
      ) : settings.loading ? (
        <div className="card">
          <Loading />
        </div>
      ) : (
        <ErrorNotice error={settings.error} onRetry={settings.reload} />
      )}
    </section>
  );
}

const accountFields = ['accountName', 'bankName', 'accountNumber', 'swift'] as const;
type AccountField = (typeof accountFields)[number];
const accountLabels = {
  accountName: 'store.payment.transfer.accountName',
  bankName: 'store.payment.transfer.bankName',
  accountNumber: 'store.payment.transfer.accountNumber',
  swift: 'store.payment.transfer.swift',
} as const;

function BankAccountCard({
  settings,
  onSaved,
}: {
  settings: PaymentSettings;
  onSaved: (settings: PaymentSettings) => void;
}) {
  const { t } = useI18n();
  const [account, setAccount] = useState<Record<AccountField, string>>(() => {
    const current = settings.bankAccount;
    return {
      accountName: current?.accountName ?? '',
      bankName: current?.bankName ?? '',
      accountNumber: current?.accountNumber ?? '',
      swift: current?.swift ?? '',
    };
  });
  const offered = settings.offeredProviders.includes('offline');
  const [missing, setMissing] = useState<AccountField[]>([]);
  const [saved, setSaved] = useState(false);
  const save = useOperatorAction();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const empty = accountFields.filter((field) => field !== 'swift' && !account[field].trim());
    setMissing(empty);
    if (empty.length > 0) return;
    const outcome = await save.run(() =>
      api.put<PaymentSettings>('/admin/payment-settings', {
        bankAccount: {
          accountName: account.accountName.trim(),
          bankName: account.bankName.trim(),
          accountNumber: account.accountNumber.trim(),
          swift: account.swift.trim() || null,
        },
      }),
    );
    if (outcome.ok) {
      onSaved(outcome.value);
      setSaved(true);
    }
  };

  return (
    <section className="card admin-settings" aria-labelledby="bank-account-title">
      <div className="admin-settings__head">
        <h2 id="bank-account-title" className="admin-settings__title">
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
      <p className="admin-settings__summary">{t('adminStores.settings.bankSummary')}</p>
      <form className="admin-settings__form" onSubmit={submit} noValidate>
        {accountFields.map((field) => (
          <Field
            key={field}
            label={t(accountLabels[field])}
            optional={field === 'swift'}
            error={
              missing.includes(field)
                ? t('ui.error.required')
                : fieldError(save.error, `bankAccount.${field}`)
            }
          >
            {(control) => (
              <input
                {...control}
                className={`field__input${field === 'accountNumber' || field === 'swift' ? ' mono' : ''}`}
                name={field}
                autoComplete="off"
                maxLength={field === 'swift' ? 11 : field === 'accountNumber' ? 64 : 200}
                value={account[field]}
                onChange={(event) => {
                  setSaved(false);
                  setAccount({ ...account, [field]: event.target.value });
                }}
              />
            )}
          </Field>
        ))}
        <ErrorNotice error={save.error} fields={['bankAccount']} />
        {saved && <SuccessNotice>{t('adminStores.settings.saved')}</SuccessNotice>}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.busy}>
            {t('adminStores.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

function SandboxCard({
  settings,
  onSaved,
}: {
  settings: PaymentSettings;
  onSaved: (settings: PaymentSettings) => void;
}) {
  const { t } = useI18n();
  const save = useOperatorAction();
  const enabled = settings.sandboxEnabled;

  const toggle = async () => {
    const outcome = await save.run(() =>
      api.put<PaymentSettings>('/admin/payment-settings', { sandboxEnabled: !enabled }),
    );
    if (outcome.ok) onSaved(outcome.value);
  };

  return (
    <section className="card admin-settings" aria-labelledby="sandbox-title">
      <div className="admin-settings__head">
        <h2 id="sandbox-title" className="admin-settings__title">
          {t('adminStores.settings.sandbox')} <TestModeBadge />
        </h2>
        <span className={`tag ${enabled ? 'tag--ok' : 'tag--muted'}`} data-testid="sandbox-state">
          {t(enabled ? 'adminStores.settings.sandboxOn' : 'adminStores.settings.sandboxOff')}
        </span>
      </div>
      <p className="admin-settings__summary">{t('adminStores.settings.sandboxSummary')}</p>
      <ErrorNotice error={save.error} />
      <div className="form-actions">
        <button
          type="button"
          className={`button ${enabled ? 'button--danger' : 'button--primary'}`}
          disabled={save.busy}
          onClick={() => void toggle()}
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
  const { t } = useI18n();
  const [revealed, setRevealed] = useState(false);
  const providers = Object.keys(settings.callbacks.urls);
  return (
    <section className="card admin-settings" aria-labelledby="callbacks-title">
      <h2 id="callbacks-title" className="admin-settings__title">
        {t('adminStores.settings.callbacks')}
      </h2>
      <p className="admin-settings__summary">
        {t('adminStores.settings.callbacksSummary', { header: settings.callbacks.signatureHeader })}
      </p>
      {providers.map((provider) => (
        <div key={provider} className="callback">
          <h3 className="callback__title mono">{provider}</h3>
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
