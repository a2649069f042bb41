import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { OpenStore } from './OpenStore';
import { PaymentPanel } from './PaymentPanel';
import { depositChanged, storeChanged, useMyStore } from './queries';
import { StoreNav } from './StoreNav';
import { StoreOverview } from './StoreOverview';
import { isOpenPayment, type MyStore } from './types';

/**
 * /store: without a store, opening one; with one waiting for its money, paying for it; once it is
 * paid for, the overview. What is shown follows the server's answer, so a reload (or a finance
 * confirmation seen by polling) lands in the right place.
 */
export function StorePage() {
  const { t } = useI18n();
  usePageTitle('nav.store', 'app.sellerCenter');
  const store = useMyStore();
  // While a purchase waits for payment the merchant may go back and choose differently.
  const [choosingAgain, setChoosingAgain] = useState(false);
  const [justOpened, setJustOpened] = useState(false);

  if (store.data === undefined) {
    return store.error ? (
      <section className="page">
        <ErrorNotice error={store.error} onRetry={() => void store.refetch()} />
      </section>
    ) : (
      <Loading />
    );
  }

  const current = store.data;
  const header = (title: string, summary: string) => (
    <header className="page__header">
      <h1>{title}</h1>
      <p className="page__summary">{summary}</p>
    </header>
  );

  if (!current || current.status === 'pending_payment') {
    const payment = current?.latestPurchase?.payment;
    if (current && isOpenPayment(payment) && !choosingAgain) {
      return (
        <section className="page">
          {header(
            t('store.pay.title'),
            t('store.pay.summary', { type: current.storeType.name, package: current.package.name }),
          )}
          <StoreNav />
          <PaymentPanel
            key={payment.id}
            payment={payment}
            title={t(
              payment.provider === 'sandbox' ? 'store.pay.sandboxTitle' : 'store.pay.offlineTitle',
            )}
            onSettled={(settled) => {
              if (settled.status === 'succeeded') setJustOpened(true);
              void storeChanged();
              void depositChanged();
            }}
            onChangeChoice={() => setChoosingAgain(true)}
            changeChoiceLabel={t('store.pay.changeChoice')}
          />
        </section>
      );
    }
    return (
      <section className="page">
        {header(t('store.open.title'), t('store.open.summary'))}
        <OpenStore
          previous={current?.latestPurchase ?? null}
          onPurchased={() => {
            setChoosingAgain(false);
            void storeChanged();
          }}
        />
      </section>
    );
  }

  return (
    <section className="page">
      {header(storeTitle(current, t('store.overview.title')), t('store.overview.summary'))}
      <StoreNav />
      <StoreOverview store={current} justOpened={justOpened} />
    </section>
  );
}

/** The store's name once it has one; until then, "Your store". */
function storeTitle(store: MyStore, fallback: string): string {
  return store.design.published?.name ?? store.design.draft?.name ?? fallback;
}
