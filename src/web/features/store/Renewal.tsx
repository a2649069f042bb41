import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { showServerErrors } from '../../ui/forms';
import { formatMoney } from './format';
import { PaymentMethodChoice } from './PaymentMethods';
import { PaymentPanel } from './PaymentPanel';
import { paymentFailureText } from './paymentFailure';
import { depositChanged, storeChanged } from './queries';
import styles from './StoreOverview.module.css';
import { isOpenPayment, type MyStore, type PaymentProvider } from './types';

/**
 * Renewing: a year more at the package's fee (plus any deposit shortfall). A renewal waiting for
 * its money shows its payment; otherwise the merchant picks a method and starts one.
 */
export function Renewal({ store }: { store: MyStore }) {
  const { t, language } = useI18n();
  const latest = store.latestPurchase;
  const pendingRenewal =
    latest?.kind === 'renewal' && isOpenPayment(latest.payment) ? latest.payment : null;
  const lastRenewalFailed =
    latest?.kind === 'renewal' && latest.payment?.status === 'failed' ? latest.payment : null;
  const [choosing, setChoosing] = useState(false);
  const form = useForm<{ provider: PaymentProvider | '' }>({ defaultValues: { provider: '' } });
  const renew = $api.useMutation('post', '/api/v1/me/store/renew');
  const urgent = store.status !== 'active';
  const settled = () => {
    void storeChanged();
    void depositChanged();
  };

  if (pendingRenewal && !choosing) {
    return (
      <div className={styles.renewal}>
        <PaymentPanel
          key={pendingRenewal.id}
          payment={pendingRenewal}
          purpose="renewal"
          title={t('store.renewal.payTitle')}
          onSettled={settled}
          onChangeChoice={() => setChoosing(true)}
          changeChoiceLabel={t('store.renewal.changeMethod')}
        />
      </div>
    );
  }

  const submit = form.handleSubmit(async ({ provider }) => {
    if (!provider) return;
    try {
      await renew.mutateAsync({ body: { provider } });
      setChoosing(false);
      await storeChanged();
    } catch (error) {
      showServerErrors(error, form.setError, ['provider']);
    }
  });
  const provider = form.watch('provider');

  return (
    <div className={styles.renewal}>
      {lastRenewalFailed && (
        <p className="alert alert--error" role="alert">
          {t('store.renewal.failed', {
            reason: paymentFailureText(lastRenewalFailed, t) ?? t('store.open.lastFailedUnknown'),
          })}
        </p>
      )}
      {choosing ? (
        <form className={styles.renewalForm} onSubmit={submit} noValidate>
          <p className={styles.renewalText}>
            {t('store.renewal.offer', { fee: formatMoney(store.package.fee, language) })}
          </p>
          <Controller
            control={form.control}
            name="provider"
            render={({ field, fieldState }) => (
              <PaymentMethodChoice
                name="renewal-provider"
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
              />
            )}
          />
          <ErrorNotice error={renew.error} fields={['provider']} />
          <div className="form-actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={!provider || form.formState.isSubmitting}
            >
              {t('store.checkout.submit')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setChoosing(false)}
            >
              {t('ui.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className={styles.renewalOffer}>
          <p className={styles.renewalText}>
            {t('store.renewal.offer', { fee: formatMoney(store.package.fee, language) })}
          </p>
          <button
            type="button"
            className={`button ${urgent ? 'button--primary' : 'button--secondary'}`}
            onClick={() => setChoosing(true)}
          >
            {t('store.renewal.action')}
          </button>
        </div>
      )}
    </div>
  );
}
