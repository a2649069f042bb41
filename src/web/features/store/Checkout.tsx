import { useEffect, useRef } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { hasCode } from '../../ui/errors';
import { showServerErrors } from '../../ui/forms';
import { useAuth } from '../auth/session';
import { DocumentUpload, type DocumentValue } from '../verification/DocumentUpload';
import due from './AmountDue.module.css';
import { formatMoney } from './format';
import styles from './OpenStore.module.css';
import { PaymentMethodChoice } from './PaymentMethods';
import card from './StoreCard.module.css';
import type { PaymentProvider, Purchase, StorePackage, StoreType } from './types';

/** The checkout's form: how to pay, and the trademark certificate where the type asks for one. */
export type CheckoutValues = {
  provider: PaymentProvider | '';
  trademark: DocumentValue | undefined;
};

/**
 * Paying for the chosen package: what is due, the trademark certificate where the type asks
 * for one, and the payment method. Refused while the merchant is not eligible.
 */
export function Checkout({
  bringIntoView,
  type,
  pkg,
  form,
  eligible,
  onNotEligible,
  onPurchased,
}: {
  bringIntoView: boolean;
  type: StoreType;
  pkg: StorePackage;
  form: UseFormReturn<CheckoutValues>;
  eligible: boolean;
  onNotEligible: () => void;
  onPurchased: (purchase: Purchase) => void;
}) {
  const { t, language } = useI18n();
  const buy = $api.useMutation('post', '/api/v1/me/store/purchase');
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Choosing a package brings its checkout into view (below the comparison on every screen).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the checkout appears
  useEffect(() => {
    if (!bringIntoView) return;
    headingRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  const { nowHas } = useAuth();
  const total = { ...pkg.fee, amount: pkg.fee.amount + pkg.deposit.amount };

  const submit = form.handleSubmit(async ({ provider, trademark }) => {
    if (!provider) return;
    try {
      const purchase = await buy.mutateAsync({
        body: {
          storeTypeId: type.id,
          packageId: pkg.id,
          provider,
          ...(type.requiresTrademark && trademark ? { trademarkUploadId: trademark.uploadId } : {}),
        },
      });
      nowHas('store');
      onPurchased(purchase);
    } catch (error) {
      if (hasCode(error, 'store.not_eligible')) onNotEligible();
      showServerErrors(error, form.setError, (field) =>
        field === 'provider' ? 'provider' : field === 'trademarkUploadId' ? 'trademark' : undefined,
      );
    }
  });

  return (
    <section className={`card ${card.card}`} aria-labelledby="checkout-title">
      <div className={card.head}>
        <h2 id="checkout-title" className={card.title} ref={headingRef} tabIndex={-1}>
          {t('store.checkout.title')}
        </h2>
      </div>
      <form className={styles.form} onSubmit={submit} noValidate>
        <dl className={due.amountDue} data-testid="checkout-summary">
          <div className={`${due.row} ${due.choice}`}>
            <dt>{t('store.checkout.choice')}</dt>
            <dd>
              {type.name} · {pkg.name}
            </dd>
          </div>
          <div className={due.row}>
            <dt>{t('store.payment.fee')}</dt>
            <dd>{formatMoney(pkg.fee, language)}</dd>
          </div>
          <div className={due.row}>
            <dt>{t('store.payment.deposit')}</dt>
            <dd>{formatMoney(pkg.deposit, language)}</dd>
          </div>
          <div className={`${due.row} ${due.total}`}>
            <dt>{t('store.payment.total')}</dt>
            <dd>{formatMoney(total, language)}</dd>
          </div>
        </dl>
        <p className={styles.note}>
          {t(
            pkg.depositByCategory.length > 0
              ? 'store.checkout.depositNoteCategory'
              : 'store.checkout.depositNote',
          )}
        </p>

        {type.requiresTrademark && (
          <Controller
            control={form.control}
            name="trademark"
            render={({ field, fieldState }) => (
              <DocumentUpload
                name="trademark"
                label={t('store.checkout.trademark')}
                allowPdf
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
                note={<>{t('store.checkout.trademarkNote')} </>}
              />
            )}
          />
        )}

        <Controller
          control={form.control}
          name="provider"
          rules={{ required: t('store.checkout.methodRequired') }}
          render={({ field, fieldState }) => (
            <PaymentMethodChoice
              name="provider"
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />

        <ErrorNotice error={buy.error} fields={['provider', 'trademarkUploadId']} />
        {!eligible && <p className="notice">{t('store.checkout.notEligible')}</p>}
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={form.formState.isSubmitting || !eligible}
          >
            {t('store.checkout.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
