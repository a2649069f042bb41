import { useState } from 'react';
import { $api, queryClient } from '../../api/query';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import styles from './Account.module.css';
import { describeUserAgent } from './userAgent';

/** Where the merchant is signed in, with a way to end any other session. */
export function SessionsSection() {
  const { t, language } = useI18n();
  const sessions = $api.useQuery('get', '/api/v1/me/sessions');
  const revokeOne = $api.useMutation('delete', '/api/v1/me/sessions/{id}');
  const revokeOthers = $api.useMutation('post', '/api/v1/me/sessions/revoke-others');
  const [done, setDone] = useState<'one' | 'others' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const busy = revokeOne.isPending || revokeOthers.isPending;
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  const end = async (id: string | 'others') => {
    if (busy) return;
    setDone(null);
    setFailure(null);
    try {
      if (id === 'others') await revokeOthers.mutateAsync({});
      else await revokeOne.mutateAsync({ params: { path: { id } } });
      setDone(id === 'others' ? 'others' : 'one');
      await queryClient.invalidateQueries({ queryKey: ['get', '/api/v1/me/sessions'] });
    } catch (error) {
      setFailure(error);
    }
  };

  const list = sessions.data ?? [];
  const others = list.filter((session) => !session.current);
  return (
    <section className={`card ${styles.settings}`} aria-labelledby="sessions-title">
      <div className={styles.header}>
        <div>
          <h2 id="sessions-title" className={styles.title}>
            {t('account.sessions')}
          </h2>
          <p className={styles.summary}>{t('account.sessions.summary')}</p>
        </div>
        {others.length > 0 && (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            onClick={() => void end('others')}
          >
            {t('account.sessions.revokeOthers')}
          </button>
        )}
      </div>
      {done && (
        <SuccessNotice>
          {t(done === 'others' ? 'account.sessions.revokedOthers' : 'account.sessions.revoked')}
        </SuccessNotice>
      )}
      <ErrorNotice error={failure} />
      {sessions.isPending ? (
        <Loading />
      ) : sessions.error ? (
        <ErrorNotice error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <ul className={styles.sessions} data-testid="sessions">
          {list.map((session) => (
            <li
              key={session.id}
              className={styles.session}
              data-current={session.current || undefined}
            >
              <div className={styles.sessionInfo}>
                <p className={styles.sessionDevice}>
                  {describeUserAgent(session.userAgent) ?? t('account.sessions.unknownDevice')}
                  {session.current && (
                    <span className="status status--ok">{t('account.sessions.current')}</span>
                  )}
                </p>
                <p className={styles.sessionDetail}>
                  {t('account.sessions.detail', {
                    lastSeen: format.format(new Date(session.lastSeenAt)),
                    created: format.format(new Date(session.createdAt)),
                  })}
                  {session.ip && <> · {t('account.sessions.ip', { ip: session.ip })}</>}
                </p>
              </div>
              {!session.current && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={busy}
                  onClick={() => void end(session.id)}
                >
                  {t('account.sessions.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {sessions.data && others.length === 0 && (
        <p className={styles.note}>{t('account.sessions.onlyThis')}</p>
      )}
    </section>
  );
}
