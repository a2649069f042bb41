import { useEffect, useRef, useState } from 'react';
import { Controller, type UseFormReturn, useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { hasCode } from '../../ui/errors';
import { showServerErrors } from '../../ui/forms';
import { Loading } from '../../ui/Loading';
import { Tabs } from '../../ui/Tabs';
import { useAccount, useAuth } from '../auth/session';
import { DocumentUpload, type DocumentValue } from '../verification/DocumentUpload';
import due from './AmountDue.module.css';
import { EligibilityChecklist } from './EligibilityChecklist';
import { formatMoney } from './format';
import styles from './OpenStore.module.css';
import { PackageComparison } from './PackageComparison';
import { PaymentMethodChoice } from './PaymentMethods';
import { paymentFailureText } from './paymentFailure';
import { useLanguageKey } from './queries';
import card from './StoreCard.module.css';
import type { PaymentProvider, Purchase, StorePackage, StoreType } from './types';

/** The store type and package being looked at. */
type Selection = { typeId: string; packageId: string | null };

/** The checkout's form: how to pay, and the trademark certificate where the type asks for one. */
type CheckoutValues = { provider: PaymentProvider | ''; trademark: DocumentValue | undefined };

/**
 * "Open your store": what it needs (eligibility), what is on offer (types and their packages
 * compared), then the purchase with a payment method. A purchase that failed or was left
 * unpaid (`previous`) comes back with its choices made, to pay again.
 */
export function OpenStore({
  previous,
  onPurchased,
}: {
  previous: Purchase | null;
  onPurchased: (purchase: Purchase) => void;
}) {
  const { t } = useI18n();
  const account = useAccount();
  const languageKey = useLanguageKey();
  // Names and descriptions come in the language of the request.
  const catalog = $api.useQuery('get', '/api/v1/store-types', languageKey);
  const [selection, setSelection] = useState<Selection | null>(
    previous ? { typeId: previous.storeTypeId, packageId: previous.packageId } : null,
  );
  // Kept while the merchant looks at other packages, as a choice once made.
  const checkout = useForm<CheckoutValues>({
    defaultValues: { provider: previous?.payment?.provider ?? '', trademark: undefined },
  });
  const trademark = checkout.watch('trademark');
  // A package chosen now (not one brought back from an unpaid purchase) scrolls to the checkout.
  const [chosenNow, setChosenNow] = useState(false);

  const types = catalog.data ?? [];
  const openable = (type: StoreType) => type.accountTypes.includes(account.accountType);
  const type =
    types.find((candidate) => candidate.id === selection?.typeId) ??
    types.find(openable) ??
    types[0];
  const pkg = type?.packages.find((candidate) => candidate.id === selection?.packageId) ?? null;

  const trademarkUploadId = type?.requiresTrademark ? trademark?.uploadId : undefined;
  const eligibility = $api.useQuery('get', '/api/v1/me/store/eligibility', {
    ...languageKey,
    // Blank ones are left out, as the page has not picked them yet.
    params: {
      query: {
        ...(type ? { storeTypeId: type.id } : {}),
        ...(trademarkUploadId ? { trademarkUploadId } : {}),
      },
    },
  });

  const lastPayment = previous?.payment;
  const lastFailed =
    lastPayment && (lastPayment.status === 'failed' || previous.status === 'failed');

  return (
    <div className={styles.openStore}>
      {lastFailed && (
        <div className="alert alert--error" role="alert" data-testid="payment-failed">
          <span>
            {t('store.open.lastFailed', {
              reason: paymentFailureText(lastPayment, t) ?? t('store.open.lastFailedUnknown'),
            })}
          </span>
        </div>
      )}
      <EligibilityChecklist
        eligibility={eligibility.data}
        error={eligibility.error}
        onRetry={() => void eligibility.refetch()}
      />

      <section className={`card ${card.card}`} aria-labelledby="offer-title">
        <div className={card.head}>
          <h2 id="offer-title" className={card.title}>
            {t('store.offer.title')}
          </h2>
        </div>
        <p className={card.summary}>{t('store.offer.summary')}</p>
        {catalog.data && type ? (
          <Tabs
            label={t('store.offer.types')}
            tabs={types.map((candidate) => ({ key: candidate.id, label: candidate.name }))}
            selected={type.id}
            onSelect={(typeId) => setSelection({ typeId, packageId: null })}
          >
            <div className={styles.type} data-testid={`store-type-${type.code}`}>
              <p className={styles.description}>{type.description}</p>
              <p className={styles.meta}>
                <span className="status status--muted">
                  {t(
                    type.accountTypes.length > 1
                      ? 'store.offer.forAll'
                      : type.accountTypes[0] === 'enterprise'
                        ? 'store.offer.forEnterprise'
                        : 'store.offer.forPersonal',
                  )}
                </span>
                {type.requiresTrademark && (
                  <span className="status status--info">{t('store.offer.trademark')}</span>
                )}
              </p>
              {!openable(type) && (
                <p className="notice">
                  {t(
                    account.accountType === 'enterprise'
                      ? 'store.offer.notForEnterprise'
                      : 'store.offer.notForPersonal',
                  )}
                </p>
              )}
              <PackageComparison
                packages={type.packages}
                selectedId={pkg?.id ?? null}
                disabled={!openable(type)}
                onChoose={(chosen) => {
                  setChosenNow(true);
                  setSelection({ typeId: type.id, packageId: chosen.id });
                }}
              />
            </div>
          </Tabs>
        ) : catalog.error ? (
          <ErrorNotice error={catalog.error} onRetry={() => void catalog.refetch()} />
        ) : catalog.data ? (
          <p className={card.summary}>{t('store.offer.empty')}</p>
        ) : (
          <Loading />
        )}
      </section>

      {type && pkg && (
        <Checkout
          key={pkg.id}
          bringIntoView={chosenNow}
          type={type}
          pkg={pkg}
          form={checkout}
          eligible={eligibility.data?.eligible ?? false}
          onNotEligible={() => void eligibility.refetch()}
          onPurchased={onPurchased}
        />
      )}
    </div>
  );
}

function Checkout({
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
