import { Link } from '@tanstack/react-router';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { formatPhone } from '../../ui/phone';
import { type Account, accountIdentifier } from '../auth/account';
import { useAccount } from '../auth/session';
import { GrowthPlanView } from './GrowthPlanView';
import { useGrowthPlan } from './growth';
import styles from './MerchantHomePage.module.css';

/** The signed-in merchant's home: the growth plan, its next step, and the account at a glance. */
export function MerchantHomePage() {
  const { t } = useI18n();
  usePageTitle('nav.dashboard', 'app.sellerCenter');
  const account = useAccount();
  const plan = useGrowthPlan();
  const name = account.realName || accountIdentifier(account);
  const hasProfile = plan.data?.hasProfile ?? true;

  return (
    <section className="page">
      <header className="page__header">
        <p className="eyebrow">{t('home.title')}</p>
        <h1>{t('home.greeting', { name })}</h1>
        <p className="page__summary">{t('home.subtitle')}</p>
      </header>
      <div className={styles.home}>
        <div className={styles.main}>
          {plan.data && !hasProfile && (
            <div className="card prompt" data-testid="profile-prompt">
              <div>
                <h2 className="prompt__title">{t('home.profilePrompt.title')}</h2>
                <p className="prompt__body">{t('home.profilePrompt.body')}</p>
              </div>
              <Link to="/profile" className="button button--primary">
                {t('home.profilePrompt.action')}
              </Link>
            </div>
          )}
          {plan.data ? (
            <GrowthPlanView plan={plan.data} />
          ) : plan.isPending ? (
            <div className="card">
              <Loading />
            </div>
          ) : (
            <ErrorNotice error={plan.error} onRetry={() => void plan.refetch()} />
          )}
        </div>
        <aside className={styles.aside}>
          <AccountCard account={account} />
          {plan.data && hasProfile && (
            <div className={`card ${styles.sideCard}`}>
              <h2 className={styles.sideCardTitle}>{t('home.profile.title')}</h2>
              <p className={styles.sideCardBody}>{t('home.profile.body')}</p>
              <Link to="/profile" className="button button--secondary button--small">
                {t('home.profile.action')}
              </Link>
            </div>
          )}
        </aside>
      </div>
    </section>
  );
}

function AccountCard({ account }: { account: Account }) {
  const { t } = useI18n();
  const rows = [
    { label: t('home.account.email'), value: account.email, verified: account.emailVerified },
    {
      label: t('home.account.phone'),
      value: account.phone ? formatPhone(account.phone) : null,
      verified: account.phoneVerified,
    },
  ];
  return (
    <div className={`card ${styles.sideCard}`}>
      <h2 className={styles.sideCardTitle}>{t('home.account.title')}</h2>
      <dl className={styles.contactSummary}>
        {rows.map((row) => (
          <div key={row.label} className={styles.contactRow}>
            <dt>{row.label}</dt>
            <dd>
              {row.value ? (
                <>
                  <span className={styles.contactValue}>{row.value}</span>
                  <span className={`status ${row.verified ? 'status--ok' : 'status--warn'}`}>
                    {t(row.verified ? 'home.account.verified' : 'home.account.unverified')}
                  </span>
                </>
              ) : (
                <span className="status status--muted">{t('home.account.missing')}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <Link to="/account" className="button button--secondary button--small">
        {t('home.account.manage')}
      </Link>
    </div>
  );
}
