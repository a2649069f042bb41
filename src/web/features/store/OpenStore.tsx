import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Tabs } from '../../ui/Tabs';
import { useAccount } from '../auth/session';
import { Checkout, type CheckoutValues } from './Checkout';
import { EligibilityChecklist } from './EligibilityChecklist';
import styles from './OpenStore.module.css';
import { PackageComparison } from './PackageComparison';
import { paymentFailureText } from './paymentFailure';
import { useLanguageKey } from './queries';
import card from './StoreCard.module.css';
import type { Purchase, StoreType } from './types';

/** The store type and package being looked at. */
type Selection = { typeId: string; packageId: string | null };

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
