import { Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/i18n';
import { CheckIcon, DashIcon } from '../../shell/icons';
import { DepositCard } from '../deposit/DepositPage';
import { capabilityLabels, StoreStatusBadge, TestModeBadge } from './display';
import { daysUntil, formatCount, formatDate, formatMoney } from './format';
import { Renewal } from './Renewal';
import card from './StoreCard.module.css';
import styles from './StoreOverview.module.css';
import { capabilityKeys, type MyStore, publishableStatuses, renewableStatuses } from './types';

/** An open store: its status and service period with renewal, its storefront, package and deposit. */
export function StoreOverview({ store, justOpened }: { store: MyStore; justOpened: boolean }) {
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
      <div className={styles.grid}>
        <div className={styles.main}>
          <StatusCard store={store} />
          <StorefrontCard store={store} />
          <PackageCard store={store} />
        </div>
        <aside className={styles.aside}>
          <DepositCard />
        </aside>
      </div>
    </>
  );
}

function StatusCard({ store }: { store: MyStore }) {
  const { t, language } = useI18n();
  const endsAt = store.serviceEndsAt;
  const days = endsAt ? daysUntil(endsAt) : null;
  return (
    <section
      className={`card ${card.card}`}
      aria-labelledby="status-title"
      data-testid="store-status-card"
    >
      <div className={card.head}>
        <h2 id="status-title" className={card.title}>
          {t('store.statusCard.title')}
        </h2>
        <span className={card.badges}>
          <StoreStatusBadge status={store.status} />
          {store.testMode && <TestModeBadge />}
        </span>
      </div>
      <dl className={styles.facts}>
        {endsAt && (
          <div className={styles.fact}>
            <dt>{t('store.statusCard.endsAt')}</dt>
            <dd>
              {formatDate(endsAt, language)}
              {days !== null && days >= 0 && (
                <span className={styles.factAside}>{t('store.statusCard.daysLeft', { days })}</span>
              )}
            </dd>
          </div>
        )}
        {store.firstActivatedAt && (
          <div className={styles.fact}>
            <dt>{t('store.statusCard.openSince')}</dt>
            <dd>{formatDate(store.firstActivatedAt, language)}</dd>
          </div>
        )}
        <div className={styles.fact}>
          <dt>{t('store.statusCard.type')}</dt>
          <dd>{store.storeType.name}</dd>
        </div>
        <div className={styles.fact}>
          <dt>{t('store.statusCard.package')}</dt>
          <dd>{store.package.name}</dd>
        </div>
      </dl>
      <Reminder store={store} days={days} />
      {store.testMode && <p className={card.note}>{t('store.statusCard.testMode')}</p>}
      {renewableStatuses.includes(store.status) && <Renewal store={store} />}
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

function StorefrontCard({ store }: { store: MyStore }) {
  const { t, language } = useI18n();
  const { draftSavedAt, publishedAt, published } = store.design;
  const unpublishedChanges =
    !!draftSavedAt && !!publishedAt && new Date(draftSavedAt) > new Date(publishedAt);
  const canPublish = publishableStatuses.includes(store.status);
  return (
    <section
      className={`card ${card.card}`}
      aria-labelledby="storefront-title"
      data-testid="storefront-card"
    >
      <div className={card.head}>
        <h2 id="storefront-title" className={card.title}>
          {t('store.storefront.title')}
        </h2>
        <span className={`status ${store.url ? 'status--ok' : 'status--muted'}`}>
          {t(store.url ? 'store.storefront.live' : 'store.storefront.notLive')}
        </span>
      </div>
      {store.url && published ? (
        <>
          <p className={card.summary}>
            {t('store.storefront.publishedAs', { name: published.name })}
          </p>
          <a
            className={styles.storefrontLink}
            href={store.url}
            target="_blank"
            rel="noopener"
            data-testid="storefront-url"
          >
            {store.url}
          </a>
          {publishedAt && (
            <p className={card.note}>
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
          <p className={card.summary}>
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
    <section className={`card ${card.card}`} aria-labelledby="package-title">
      <div className={card.head}>
        <h2 id="package-title" className={card.title}>
          {t('store.packageCard.title', { name: pkg.name })}
        </h2>
      </div>
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt>{t('store.packages.fee')}</dt>
          <dd>{formatMoney(pkg.fee, language)}</dd>
        </div>
        <div className={styles.fact}>
          <dt>{t('store.packages.productLimit')}</dt>
          <dd>
            {t('store.packages.products', { count: formatCount(pkg.productLimit, language) })}
          </dd>
        </div>
      </dl>
      <ul className={styles.capabilities}>
        {capabilityKeys.map((key) => (
          <li key={key} data-included={pkg.capabilities[key]}>
            <span aria-hidden="true">{pkg.capabilities[key] ? <CheckIcon /> : <DashIcon />}</span>
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
