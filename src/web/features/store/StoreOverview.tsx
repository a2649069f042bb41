import '../dashboard/home.css';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useMerchantAction } from '../auth/useMerchantAction';
import { DepositCard } from '../deposit/DepositPage';
import { capabilityLabels, StoreStatusBadge, TestModeBadge } from './display';
import { daysUntil, formatCount, formatDate, formatMoney } from './format';
import { PaymentMethodChoice } from './PaymentMethods';
import { PaymentPanel } from './PaymentPanel';
import { paymentFailureText } from './paymentFailure';
import { renewStore } from './storeApi';
import {
  capabilityKeys,
  isOpenPayment,
  type MyStore,
  type PaymentProvider,
  publishableStatuses,
  renewableStatuses,
} from './types';

/** An open store: its status and service period with renewal, its storefront, package and deposit. */
export function StoreOverview({
  store,
  justOpened,
  onChange,
}: {
  store: MyStore;
  justOpened: boolean;
  onChange: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      {justOpened && (
        <div className="card prompt prompt--success" data-testid="store-opened">
          <div>
            <h2 className="prompt__title">{t('store.opened.title')}</h2>
            <p className="prompt__body">{t('store.opened.body')}</p>
          </div>
          <Link to="/store/design" className="button button--primary">
            {t('store.opened.action')}
          </Link>
        </div>
      )}
      <div className="store-grid">
        <div className="store-grid__main">
          <StatusCard store={store} onChange={onChange} />
          <StorefrontCard store={store} />
          <PackageCard store={store} />
        </div>
        <aside className="store-grid__aside">
          <DepositCard />
        </aside>
      </div>
    </>
  );
}

function StatusCard({ store, onChange }: { store: MyStore; onChange: () => void }) {
  const { t, language } = useI18n();
  const endsAt = store.serviceEndsAt;
  const days = endsAt ? daysUntil(endsAt) : null;
  return (
    <section
      className="card store-card"
      aria-labelledby="status-title"
      data-testid="store-status-card"
    >
      <div className="store-card__head">
        <h2 id="status-title" className="store-card__title">
          {t('store.statusCard.title')}
        </h2>
        <span className="store-card__badges">
          <StoreStatusBadge status={store.status} />
          {store.testMode && <TestModeBadge />}
        </span>
      </div>
      <dl className="store-facts">
        {endsAt && (
          <div className="store-facts__item">
            <dt>{t('store.statusCard.endsAt')}</dt>
            <dd>
              {formatDate(endsAt, language)}
              {days !== null && days >= 0 && (
                <span className="store-facts__aside">
                  {t('store.statusCard.daysLeft', { days })}
                </span>
              )}
            </dd>
          </div>
        )}
        {store.firstActivatedAt && (
          <div className="store-facts__item">
            <dt>{t('store.statusCard.openSince')}</dt>
            <dd>{formatDate(store.firstActivatedAt, language)}</dd>
          </div>
        )}
        <div className="store-facts__item">
          <dt>{t('store.statusCard.type')}</dt>
          <dd>{store.storeType.name}</dd>
        </div>
        <div className="store-facts__item">
          <dt>{t('store.statusCard.package')}</dt>
          <dd>{store.package.name}</dd>
        </div>
      </dl>
      <Reminder store={store} days={days} />
      {store.testMode && <p className="store-card__note">{t('store.statusCard.testMode')}</p>}
      {renewableStatuses.includes(store.status) && <Renewal store={store} onChange={onChange} />}
    </section>
  );
}

/** What the status means for the merchant, and what to do about it. */
function Reminder({ store, days }: { store: MyStore; days: number | null }) {
  const { t, language } = useI18n();
  const date = store.serviceEndsAt ? formatDate(store.serviceEndsAt, language) : '';
  switch (store.status) {
    case 'expiring':
      return (
        <p className="notice" role="status" data-testid="store-reminder">
          {t('store.reminder.expiring', { date, days: Math.max(0, days ?? 0) })}
        </p>
      );
    case 'grace':
      return (
        <p className="alert alert--error" role="status" data-testid="store-reminder">
          {t('store.reminder.grace', { date })}
        </p>
      );
    case 'suspended':
      return (
        <p className="alert alert--error" role="status" data-testid="store-reminder">
          {t('store.reminder.suspended')}
        </p>
      );
    case 'closed':
      return <p className="notice">{t('store.reminder.closed')}</p>;
    default:
      return null;
  }
}

/**
 * Renewing: a year more at the package's fee (plus any deposit shortfall). A renewal waiting for
 * its money shows its payment; otherwise the merchant picks a method and starts one.
 */
function Renewal({ store, onChange }: { store: MyStore; onChange: () => void }) {
  const { t, language } = useI18n();
  const latest = store.latestPurchase;
  const pendingRenewal =
    latest?.kind === 'renewal' && isOpenPayment(latest.payment) ? latest.payment : null;
  const lastRenewalFailed =
    latest?.kind === 'renewal' && latest.payment?.status === 'failed' ? latest.payment : null;
  const [choosing, setChoosing] = useState(false);
  const [provider, setProvider] = useState<PaymentProvider | ''>('');
  const renew = useMerchantAction();
  const urgent = store.status !== 'active';

  if (pendingRenewal && !choosing) {
    return (
      <div className="renewal">
        <PaymentPanel
          key={pendingRenewal.id}
          payment={pendingRenewal}
          purpose="renewal"
          title={t('store.renewal.payTitle')}
          onSettled={onChange}
          onChangeChoice={() => setChoosing(true)}
          changeChoiceLabel={t('store.renewal.changeMethod')}
        />
      </div>
    );
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!provider) return;
    const outcome = await renew.run(() => renewStore(provider));
    if (outcome.ok) {
      setChoosing(false);
      onChange();
    }
  };

  return (
    <div className="renewal">
      {lastRenewalFailed && (
        <p className="alert alert--error" role="alert">
          {t('store.renewal.failed', {
            reason: paymentFailureText(lastRenewalFailed, t) ?? t('store.open.lastFailedUnknown'),
          })}
        </p>
      )}
      {choosing ? (
        <form className="renewal__form" onSubmit={submit} noValidate>
          <p className="renewal__text">
            {t('store.renewal.offer', { fee: formatMoney(store.package.fee, language) })}
          </p>
          <PaymentMethodChoice name="renewal-provider" value={provider} onChange={setProvider} />
          <ErrorNotice error={renew.error} />
          <div className="form-actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={!provider || renew.busy}
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
        <div className="renewal__offer">
          <p className="renewal__text">
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

function StorefrontCard({ store }: { store: MyStore }) {
  const { t, language } = useI18n();
  const { draftSavedAt, publishedAt, published } = store.design;
  const unpublishedChanges =
    !!draftSavedAt && !!publishedAt && new Date(draftSavedAt) > new Date(publishedAt);
  const canPublish = publishableStatuses.includes(store.status);
  return (
    <section
      className="card store-card"
      aria-labelledby="storefront-title"
      data-testid="storefront-card"
    >
      <div className="store-card__head">
        <h2 id="storefront-title" className="store-card__title">
          {t('store.storefront.title')}
        </h2>
        <span className={`status ${store.url ? 'status--ok' : 'status--muted'}`}>
          {t(store.url ? 'store.storefront.live' : 'store.storefront.notLive')}
        </span>
      </div>
      {store.url && published ? (
        <>
          <p className="store-card__summary">
            {t('store.storefront.publishedAs', { name: published.name })}
          </p>
          <a
            className="storefront-link"
            href={store.url}
            target="_blank"
            rel="noopener"
            data-testid="storefront-url"
          >
            {store.url}
          </a>
          {publishedAt && (
            <p className="store-card__note">
              {t('store.storefront.publishedAt', { date: formatDate(publishedAt, language) })}
              {unpublishedChanges && ` ${t('store.storefront.unpublished')}`}
            </p>
          )}
          <div className="form-actions">
            <a href={store.url} target="_blank" rel="noopener" className="button button--primary">
              {t('store.storefront.view')}
            </a>
            <Link to="/store/design" className="button button--secondary">
              {t('store.storefront.edit')}
            </Link>
          </div>
        </>
      ) : (
        <>
          <p className="store-card__summary">
            {t(canPublish ? 'store.storefront.empty' : 'store.storefront.emptyNotActive')}
          </p>
          <div className="form-actions">
            <Link to="/store/design" className="button button--primary">
              {t('store.storefront.design')}
            </Link>
          </div>
        </>
      )}
    </section>
  );
}

function PackageCard({ store }: { store: MyStore }) {
  const { t, language } = useI18n();
  const pkg = store.package;
  return (
    <section className="card store-card" aria-labelledby="package-title">
      <div className="store-card__head">
        <h2 id="package-title" className="store-card__title">
          {t('store.packageCard.title', { name: pkg.name })}
        </h2>
      </div>
      <dl className="store-facts">
        <div className="store-facts__item">
          <dt>{t('store.packages.fee')}</dt>
          <dd>{formatMoney(pkg.fee, language)}</dd>
        </div>
        <div className="store-facts__item">
          <dt>{t('store.packages.productLimit')}</dt>
          <dd>
            {t('store.packages.products', { count: formatCount(pkg.productLimit, language) })}
          </dd>
        </div>
      </dl>
      <ul className="capabilities">
        {capabilityKeys.map((key) => (
          <li key={key} data-included={pkg.capabilities[key]}>
            <span aria-hidden="true">{pkg.capabilities[key] ? '✓' : '—'}</span>
            {t(capabilityLabels[key])}
            <span className="visually-hidden">
              {t(pkg.capabilities[key] ? 'store.packages.included' : 'store.packages.notIncluded')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
