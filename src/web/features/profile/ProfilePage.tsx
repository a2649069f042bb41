import { $api } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../shell/usePageTitle';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { hasCode } from '../../ui/errors';
import { Loading } from '../../ui/Loading';
import { useAuth } from '../auth/session';
import { answersFrom, emptyAnswers } from './answers';
import { ProfileWizard } from './ProfileWizard';

/** The business profile in three steps, then the growth plan built from it. */
export function ProfilePage() {
  const { t } = useI18n();
  usePageTitle('profile.title', 'app.sellerCenter');
  // A new account's session says there is no profile yet: nothing to ask for.
  const knownMissing = useAuth().hasNo('businessProfile');
  const existing = $api.useQuery('get', '/api/v1/me/business-profile', undefined, {
    enabled: !knownMissing,
  });
  const missing = knownMissing || hasCode(existing.error, 'growth.profile_missing');

  if (!missing && existing.error) {
    return <ErrorNotice error={existing.error} onRetry={() => void existing.refetch()} />;
  }
  if (!missing && !existing.data) return <Loading />;
  return (
    <section className="page page--narrow">
      <header className="page__header">
        <h1>{t('profile.title')}</h1>
        <p className="page__summary">{t('profile.summary')}</p>
      </header>
      <ProfileWizard
        initial={existing.data && !missing ? answersFrom(existing.data) : emptyAnswers}
      />
    </section>
  );
}
