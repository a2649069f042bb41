import { Link, type LinkProps, useLocation } from '@tanstack/react-router';
import { useT } from '../../i18n/i18n';
import { CheckIcon, CrossIcon } from '../../shell/icons';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useVerifiedNameMismatch, VerifiedNameNotice } from '../account/VerifiedNameNotice';
import { useAccount } from '../auth/session';
import styles from './EligibilityChecklist.module.css';
import card from './StoreCard.module.css';
import type { ConditionKey, Eligibility } from './types';

/** Conditions fixed on this page (pick another store type, attach a certificate below). */
const fixedHere: Partial<
  Record<ConditionKey, 'store.eligibility.fix.type' | 'store.eligibility.fix.trademark'>
> = {
  account_type: 'store.eligibility.fix.type',
  trademark_certificate: 'store.eligibility.fix.trademark',
};

/**
 * What opening a store needs, each condition met (a check) or not (a cross) in the server's words, with a link
 * to where an unmet one is put right.
 */
export function EligibilityChecklist({
  eligibility,
  error,
  onRetry,
}: {
  eligibility: Eligibility | undefined;
  error: unknown;
  onRetry: () => void;
}) {
  const t = useT();
  const path = useLocation({ select: (location) => location.pathname });
  const account = useAccount();
  // A real name that differs from the verified one is put right here, in one click.
  const verifiedName = useVerifiedNameMismatch(account);
  const conditions = eligibility?.conditions ?? [];
  const met = conditions.filter((condition) => condition.met).length;

  return (
    <section
      className={`card ${card.card}`}
      aria-labelledby="eligibility-title"
      data-testid="eligibility"
    >
      <div className={card.head}>
        <h2 id="eligibility-title" className={card.title}>
          {t('store.eligibility.title')}
        </h2>
        {eligibility && (
          <span className={`status ${eligibility.eligible ? 'status--ok' : 'status--warn'}`}>
            {eligibility.eligible
              ? t('store.eligibility.allMet')
              : t('store.eligibility.count', { met, total: conditions.length })}
          </span>
        )}
      </div>
      {eligibility ? (
        <>
          <p className={card.summary}>
            {t(eligibility.eligible ? 'store.eligibility.ready' : 'store.eligibility.notReady')}
          </p>
          <ul className={styles.conditions}>
            {conditions.map((condition) => {
              const hint = fixedHere[condition.key];
              const nameFix = condition.key === 'real_name' && !condition.met && verifiedName;
              const elsewhere = !hint && !nameFix && condition.action !== path;
              return (
                <li
                  key={condition.key}
                  className={styles.condition}
                  data-met={condition.met}
                  data-testid={`condition-${condition.key}`}
                >
                  <span className={styles.mark} aria-hidden="true">
                    {condition.met ? <CheckIcon /> : <CrossIcon />}
                  </span>
                  <span className={styles.text}>
                    <span className={styles.label}>{condition.label}</span>
                    <span className="visually-hidden">
                      {t(condition.met ? 'store.eligibility.met' : 'store.eligibility.unmet')}
                    </span>
                    {!condition.met && hint && <span className={styles.hint}>{t(hint)}</span>}
                    {nameFix && (
                      <VerifiedNameNotice
                        account={account}
                        verifiedName={verifiedName}
                        onAdopted={onRetry}
                      />
                    )}
                  </span>
                  {!condition.met && elsewhere && (
                    <Link
                      // The server names the page of this app where the condition is put right.
                      to={condition.action as NonNullable<LinkProps['to']>}
                      className="button button--secondary button--small"
                    >
                      {t('store.eligibility.fix')}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : error ? (
        <ErrorNotice error={error} onRetry={onRetry} />
      ) : (
        <Loading />
      )}
    </section>
  );
}
