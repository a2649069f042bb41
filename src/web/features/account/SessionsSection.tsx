import { useState } from 'react';
import { api } from '../../api';
import type { ResponseOf } from '../../api/contract';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice, SuccessNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { useMerchantAction } from '../auth/useMerchantAction';
import { useMerchantResource } from '../auth/useMerchantResource';
import { describeUserAgent } from './userAgent';

/** GET /api/v1/me/sessions */
type SessionView = ResponseOf<'getMeSessions'>[number];

/** Where the merchant is signed in, with a way to end any other session. */
export function SessionsSection({ version }: { version: number }) {
  const { t, language } = useI18n();
  const sessions = useMerchantResource(
    (signal) => api.get<SessionView[]>('/me/sessions', { signal }),
    { key: String(version) },
  );
  const revoke = useMerchantAction();
  const [done, setDone] = useState<'one' | 'others' | null>(null);
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  const end = async (id: string | 'others') => {
    setDone(null);
    const outcome = await revoke.run(() =>
      id === 'others'
        ? api.post<void>('/me/sessions/revoke-others')
        : api.delete<void>(`/me/sessions/${encodeURIComponent(id)}`),
    );
    if (outcome.ok) {
      setDone(id === 'others' ? 'others' : 'one');
      sessions.reload();
    }
  };

  const list = sessions.data ?? [];
  const others = list.filter((session) => !session.current);
  return (
    <section className="card settings" aria-labelledby="sessions-title">
      <div className="settings__header">
        <div>
          <h2 id="sessions-title" className="settings__title">
            {t('account.sessions')}
          </h2>
          <p className="settings__summary">{t('account.sessions.summary')}</p>
        </div>
        {others.length > 0 && (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={revoke.busy}
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
      <ErrorNotice error={revoke.error} />
      {sessions.loading && !sessions.data ? (
        <Loading />
      ) : sessions.error ? (
        <ErrorNotice error={sessions.error} onRetry={sessions.reload} />
      ) : (
        <ul className="sessions" data-testid="sessions">
          {list.map((session) => (
            <li key={session.id} className="session" data-current={session.current || undefined}>
              <div className="session__info">
                <p className="session__device">
                  {describeUserAgent(session.userAgent) ?? t('account.sessions.unknownDevice')}
                  {session.current && (
                    <span className="status status--ok">{t('account.sessions.current')}</span>
                  )}
                </p>
                <p className="session__detail">
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
                  disabled={revoke.busy}
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
        <p className="settings__note">{t('account.sessions.onlyThis')}</p>
      )}
    </section>
  );
}
