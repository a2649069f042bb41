import { useEffect, useRef, useState } from 'react';
import { useI18n, useT } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { useMerchantAction } from '../auth/useMerchantAction';
import { PaymentStatusBadge, TestModeBadge } from './display';
import { formatMoney, formatTime } from './format';
import { fetchPayment, settleSandboxPayment } from './storeApi';
import { isOpenPayment, type Payment } from './types';

/** How often a bank transfer's payment is asked about while the platform has not confirmed it. */
const pollIntervalMs = 4000;

/**
 * Paying one purchase (opening or renewal) with the provider it was started with: the sandbox's
 * test card, or the bank transfer's instructions while the page waits for the finance team.
 * `onSettled` hears the payment once it is final (succeeded, failed or cancelled).
 */
export function PaymentPanel({
  payment: initial,
  purpose = 'open',
  title,
  onSettled,
  onChangeChoice,
  changeChoiceLabel,
}: {
  payment: Payment;
  /** What the payment is for: opening the store or renewing it. */
  purpose?: 'open' | 'renewal';
  title: string;
  onSettled: (payment: Payment) => void;
  onChangeChoice?: () => void;
  changeChoiceLabel?: string;
}) {
  const [payment, setPayment] = useState(initial);
  const settledRef = useRef(onSettled);
  settledRef.current = onSettled;

  const update = (next: Payment) => {
    setPayment(next);
    if (!isOpenPayment(next)) settledRef.current(next);
  };

  return (
    <section
      className="card payment"
      data-provider={payment.provider}
      aria-labelledby="payment-title"
      data-testid="payment-panel"
    >
      {payment.testMode && <TestModeBanner />}
      <div className="store-card__head">
        <h2 id="payment-title" className="store-card__title">
          {title}
        </h2>
        <PaymentStatusBadge status={payment.status} />
      </div>
      <AmountDue payment={payment} purpose={purpose} />
      {payment.provider === 'sandbox' ? (
        <SandboxCheckout payment={payment} onChange={update} />
      ) : (
        <BankTransfer payment={payment} purpose={purpose} onChange={update} />
      )}
      {onChangeChoice && (
        <p className="payment__change">
          <button type="button" className="link-button" onClick={onChangeChoice}>
            {changeChoiceLabel}
          </button>
        </p>
      )}
    </section>
  );
}

function TestModeBanner() {
  const t = useT();
  return (
    <div className="test-mode-banner" role="note">
      <TestModeBadge />
      <span>{t('store.payment.testBanner')}</span>
    </div>
  );
}

/** The total, and what it is made of. */
function AmountDue({ payment, purpose }: { payment: Payment; purpose: 'open' | 'renewal' }) {
  const { t, language } = useI18n();
  // A renewal's deposit part is the shortfall penalties left, if any.
  const renewal = purpose === 'renewal';
  return (
    <dl className="amount-due">
      <div className="amount-due__row">
        <dt>{t('store.payment.fee')}</dt>
        <dd>{formatMoney(payment.fee, language)}</dd>
      </div>
      {(!renewal || payment.deposit.amount > 0) && (
        <div className="amount-due__row">
          <dt>{t(renewal ? 'store.payment.depositTopUp' : 'store.payment.deposit')}</dt>
          <dd>{formatMoney(payment.deposit, language)}</dd>
        </div>
      )}
      <div className="amount-due__row amount-due__total">
        <dt>{t('store.payment.total')}</dt>
        <dd data-testid="amount-due">{formatMoney(payment.amount, language)}</dd>
      </div>
    </dl>
  );
}

const testCard = { number: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123' };

/**
 * TEST MODE: a card form filled in with a test card; nothing is sent to a bank. The two buttons
 * play the bank's answer through POST /me/payments/{id}/sandbox.
 */
function SandboxCheckout({
  payment,
  onChange,
}: {
  payment: Payment;
  onChange: (payment: Payment) => void;
}) {
  const { t, language } = useI18n();
  const pay = useMerchantAction();

  const settle = async (outcome: 'succeed' | 'fail') => {
    const result = await pay.run(() => settleSandboxPayment(payment.id, outcome));
    if (result.ok) onChange(result.value);
  };

  return (
    <form
      className="test-card"
      onSubmit={(event) => {
        event.preventDefault();
        void settle('succeed');
      }}
    >
      <fieldset className="test-card__fields" disabled={!isOpenPayment(payment)}>
        <legend className="test-card__legend">
          {t('store.payment.card.title')}
          <span className="test-card__chip" aria-hidden="true" />
        </legend>
        <Field label={t('store.payment.card.number')} hint={t('store.payment.card.hint')}>
          {(control) => (
            <input
              {...control}
              className="field__input test-card__number"
              name="cardNumber"
              inputMode="numeric"
              autoComplete="off"
              readOnly
              value={testCard.number}
            />
          )}
        </Field>
        <div className="test-card__row">
          <Field label={t('store.payment.card.expiry')}>
            {(control) => (
              <input
                {...control}
                className="field__input"
                name="cardExpiry"
                autoComplete="off"
                readOnly
                value={testCard.expiry}
              />
            )}
          </Field>
          <Field label={t('store.payment.card.cvc')}>
            {(control) => (
              <input
                {...control}
                className="field__input"
                name="cardCvc"
                autoComplete="off"
                readOnly
                value={testCard.cvc}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <ErrorNotice error={pay.error} />
      {isOpenPayment(payment) && (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={pay.busy}>
            {t('store.payment.card.succeed', { amount: formatMoney(payment.amount, language) })}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={pay.busy}
            onClick={() => void settle('fail')}
          >
            {t('store.payment.card.fail')}
          </button>
        </div>
      )}
    </form>
  );
}

/**
 * Offline: the reference code, amount and the platform's bank account; then the payment is
 * asked about every few seconds (and whenever the tab comes back) until finance confirms it.
 */
function BankTransfer({
  payment,
  purpose,
  onChange,
}: {
  payment: Payment;
  purpose: 'open' | 'renewal';
  onChange: (payment: Payment) => void;
}) {
  const { t, language } = useI18n();
  const [checkedAt, setCheckedAt] = useState(() => new Date());
  const [pollError, setPollError] = useState<unknown>(null);
  const changeRef = useRef(onChange);
  changeRef.current = onChange;
  const open = isOpenPayment(payment);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    let timer: number | undefined;
    const check = async () => {
      window.clearTimeout(timer);
      try {
        const next = await fetchPayment(payment.id, controller.signal);
        setPollError(null);
        setCheckedAt(new Date());
        if (next.status !== payment.status) changeRef.current(next);
      } catch (error) {
        if (controller.signal.aborted) return;
        setPollError(error);
      }
      if (!controller.signal.aborted) timer = window.setTimeout(check, pollIntervalMs);
    };
    timer = window.setTimeout(check, pollIntervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void check();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [open, payment.id, payment.status]);

  const instructions = payment.instructions;
  const account = instructions?.bankAccount;
  const accountMissing = !account?.accountNumber;
  return (
    <div className="transfer">
      <p className="store-card__summary">
        {t('store.payment.transfer.intro', { amount: formatMoney(payment.amount, language) })}
      </p>
      {instructions && (
        <div className="transfer__box">
          <div className="transfer__reference">
            <span className="transfer__label">{t('store.payment.transfer.reference')}</span>
            <span className="transfer__code" data-testid="payment-reference">
              {instructions.reference}
            </span>
            <CopyButton text={instructions.reference} />
          </div>
          <dl className="transfer__details">
            <div>
              <dt>{t('store.payment.transfer.amount')}</dt>
              <dd>
                <strong>{formatMoney(instructions.amount, language)}</strong>
              </dd>
            </div>
            {account && !accountMissing && (
              <>
                <div>
                  <dt>{t('store.payment.transfer.accountName')}</dt>
                  <dd>{account.accountName}</dd>
                </div>
                <div>
                  <dt>{t('store.payment.transfer.bankName')}</dt>
                  <dd>{account.bankName}</dd>
                </div>
                <div>
                  <dt>{t('store.payment.transfer.accountNumber')}</dt>
                  <dd className="transfer__number">
                    <span>{account.accountNumber}</span>
                    <CopyButton text={account.accountNumber} />
                  </dd>
                </div>
                {account.swift && (
                  <div>
                    <dt>{t('store.payment.transfer.swift')}</dt>
                    <dd>{account.swift}</dd>
                  </div>
                )}
              </>
            )}
          </dl>
          {accountMissing && <p className="notice">{t('store.payment.transfer.noAccount')}</p>}
        </div>
      )}
      {open && (
        <div className="transfer__waiting" role="status" data-testid="payment-waiting">
          <span className="spinner" aria-hidden="true" />
          <div>
            <p className="transfer__waiting-title">{t('store.payment.transfer.waiting')}</p>
            <p className="transfer__waiting-body">
              {t(
                purpose === 'renewal'
                  ? 'store.payment.transfer.waitingRenewal'
                  : 'store.payment.transfer.waitingBody',
                {
                  time: formatTime(checkedAt.toISOString(), language),
                },
              )}
            </p>
          </div>
        </div>
      )}
      {pollError ? <ErrorNotice error={pollError} /> : null}
    </div>
  );
}

/** Copies a code or number; hidden where the browser offers no clipboard (plain http). */
export function CopyButton({ text }: { text: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 2000);
    return () => window.clearTimeout(timer);
  }, [copied]);
  if (!navigator.clipboard) return null;
  return (
    <button
      type="button"
      className="copy-button"
      onClick={() =>
        void navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => undefined,
        )
      }
    >
      {t(copied ? 'store.copied' : 'store.copy')}
    </button>
  );
}
