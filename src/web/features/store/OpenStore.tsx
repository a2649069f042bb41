import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { hasCode } from '../../ui/errors';
import { Loading } from '../../ui/Loading';
import { Tabs } from '../../ui/Tabs';
import { useAccount, useAuth } from '../auth/session';
import { useMerchantAction } from '../auth/useMerchantAction';
import { useMerchantResource } from '../auth/useMerchantResource';
import { DocumentUpload, type DocumentValue } from '../verification/DocumentUpload';
import { EligibilityChecklist } from './EligibilityChecklist';
import { formatMoney } from './format';
import { PackageComparison } from './PackageComparison';
import { PaymentMethodChoice } from './PaymentMethods';
import { paymentFailureText } from './paymentFailure';
import { fetchEligibility, fetchStoreTypes, purchaseStore } from './storeApi';
import type { PaymentProvider, Purchase, StorePackage, StoreType } from './types';

type Selection = { typeId: string; packageId: string | null; provider: PaymentProvider | '' };

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
  const { t, language } = useI18n();
  const account = useAccount();
  // Names and descriptions come in the language of the request.
  const catalog = useMerchantResource(fetchStoreTypes, { key: language });
  const [selection, setSelection] = useState<Selection | null>(
    previous
      ? {
          typeId: previous.storeTypeId,
          packageId: previous.packageId,
          provider: previous.payment?.provider ?? '',
        }
      : null,
  );
  const [trademark, setTrademark] = useState<DocumentValue | undefined>();
  // A package chosen now (not one brought back from an unpaid purchase) scrolls to the checkout.
  const [chosenNow, setChosenNow] = useState(false);

  const types = catalog.data ?? [];
  const openable = (type: StoreType) => type.accountTypes.includes(account.accountType);
  const type =
    types.find((candidate) => candidate.id === selection?.typeId) ??
    types.find(openable) ??
    types[0];
  const pkg = type?.packages.find((candidate) => candidate.id === selection?.packageId) ?? null;

  const eligibility = useMerchantResource(
    (signal) =>
      fetchEligibility(
        {
          storeTypeId: type?.id,
          trademarkUploadId: type?.requiresTrademark ? trademark?.uploadId : undefined,
        },
        signal,
      ),
    { key: `${language}:${type?.id ?? ''}:${trademark?.uploadId ?? ''}` },
  );

  const lastPayment = previous?.payment;
  const lastFailed =
    lastPayment && (lastPayment.status === 'failed' || previous.status === 'failed');

  return (
    <div className="open-store">
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
        onRetry={eligibility.reload}
      />

      <section className="card store-card" aria-labelledby="offer-title">
        <div className="store-card__head">
          <h2 id="offer-title" className="store-card__title">
            {t('store.offer.title')}
          </h2>
        </div>
        <p className="store-card__summary">{t('store.offer.summary')}</p>
        {catalog.data && type ? (
          <Tabs
            label={t('store.offer.types')}
            tabs={types.map((candidate) => ({ key: candidate.id, label: candidate.name }))}
            selected={type.id}
            onSelect={(typeId) =>
              setSelection((current) => ({
                typeId,
                packageId: null,
                provider: current?.provider ?? '',
              }))
            }
          >
            <div className="store-type" data-testid={`store-type-${type.code}`}>
              <p className="store-type__description">{type.description}</p>
              <p className="store-type__meta">
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
                  setSelection((current) => ({
                    typeId: type.id,
                    packageId: chosen.id,
                    provider: current?.provider ?? '',
                  }));
                }}
              />
            </div>
          </Tabs>
        ) : catalog.error ? (
          <ErrorNotice error={catalog.error} onRetry={catalog.reload} />
        ) : catalog.data ? (
          <p className="store-card__summary">{t('store.offer.empty')}</p>
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
          provider={selection?.provider ?? ''}
          onProvider={(provider) =>
            setSelection((current) => (current ? { ...current, provider } : current))
          }
          trademark={trademark}
          onTrademark={setTrademark}
          eligible={eligibility.data?.eligible ?? false}
          onNotEligible={eligibility.reload}
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
  provider,
  onProvider,
  trademark,
  onTrademark,
  eligible,
  onNotEligible,
  onPurchased,
}: {
  bringIntoView: boolean;
  type: StoreType;
  pkg: StorePackage;
  provider: PaymentProvider | '';
  onProvider: (provider: PaymentProvider) => void;
  trademark: DocumentValue | undefined;
  onTrademark: (value: DocumentValue) => void;
  eligible: boolean;
  onNotEligible: () => void;
  onPurchased: (purchase: Purchase) => void;
}) {
  const { t, language } = useI18n();
  const buy = useMerchantAction();
  const [missingProvider, setMissingProvider] = useState(false);
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

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!provider) {
      setMissingProvider(true);
      return;
    }
    const outcome = await buy.run(() =>
      purchaseStore({
        storeTypeId: type.id,
        packageId: pkg.id,
        provider,
        ...(type.requiresTrademark && trademark ? { trademarkUploadId: trademark.uploadId } : {}),
      }),
    );
    if (outcome.ok) {
      nowHas('store');
      onPurchased(outcome.value);
    } else if (hasCode(outcome.error, 'store.not_eligible')) onNotEligible();
  };

  return (
    <section className="card store-card checkout" aria-labelledby="checkout-title">
      <div className="store-card__head">
        <h2 id="checkout-title" className="store-card__title" ref={headingRef} tabIndex={-1}>
          {t('store.checkout.title')}
        </h2>
      </div>
      <form className="checkout__form" onSubmit={submit} noValidate>
        <dl className="amount-due" data-testid="checkout-summary">
          <div className="amount-due__row amount-due__choice">
            <dt>{t('store.checkout.choice')}</dt>
            <dd>
              {type.name} · {pkg.name}
            </dd>
          </div>
          <div className="amount-due__row">
            <dt>{t('store.payment.fee')}</dt>
            <dd>{formatMoney(pkg.fee, language)}</dd>
          </div>
          <div className="amount-due__row">
            <dt>{t('store.payment.deposit')}</dt>
            <dd>{formatMoney(pkg.deposit, language)}</dd>
          </div>
          <div className="amount-due__row amount-due__total">
            <dt>{t('store.payment.total')}</dt>
            <dd>{formatMoney(total, language)}</dd>
          </div>
        </dl>
        <p className="checkout__note">
          {t(
            pkg.depositByCategory.length > 0
              ? 'store.checkout.depositNoteCategory'
              : 'store.checkout.depositNote',
          )}
        </p>

        {type.requiresTrademark && (
          <DocumentUpload
            name="trademark"
            label={t('store.checkout.trademark')}
            allowPdf
            value={trademark}
            onChange={onTrademark}
            note={<>{t('store.checkout.trademarkNote')} </>}
          />
        )}

        <PaymentMethodChoice
          name="provider"
          value={provider}
          onChange={onProvider}
          error={missingProvider && !provider ? t('store.checkout.methodRequired') : undefined}
        />

        <ErrorNotice error={buy.error} />
        {!eligible && <p className="notice">{t('store.checkout.notEligible')}</p>}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={buy.busy || !eligible}>
            {t('store.checkout.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
