import { useRef, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { Button } from '../../../components/ui/button';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { ErrorNotice, Loading } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/error-message';
import { formatDateTime, formatRelativeTime } from '../../../lib/format';
import { useEndSession } from '../api/end-session';
import { useSessions } from '../api/get-sessions';
import { useSignOutOthers } from '../api/sign-out-others';
import { deviceName } from '../utils/device-name';

/**
 * Where the account is signed in: each device with when it signed in and was last active, this one marked. Any other
 * device can be signed out, or all of them at once. What happened is announced in a polite live region.
 */
export function SessionsList() {
  const { t, i18n } = useTranslation();
  const sessions = useSessions();
  const endSession = useEndSession();
  const signOutOthers = useSignOutOthers();
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lng = i18n.language;

  const others = (sessions.data ?? []).filter((s) => !s.current);
  const failure = endSession.error ?? signOutOthers.error;

  return (
    <section className="stack" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" ref={headingRef} tabIndex={-1}>
        {t('accountSecurity.sessions.title')}
      </h2>
      <p className="muted">{t('accountSecurity.sessions.lead')}</p>
      <div role="status" aria-live="polite">
        {announcement ? <p className="notice notice-success">{announcement}</p> : null}
      </div>
      {failure ? (
        <p className="notice notice-error" role="alert">
          {errorMessage(t, failure)}
        </p>
      ) : null}
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <ErrorNotice error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <ul className="session-list" aria-labelledby="sessions-heading">
          {sessions.data.map((s) => {
            const name = deviceName(t, s);
            const lastActive = formatRelativeTime(s.lastSeenAt, lng);
            return (
              <li key={s.id} className={s.current ? 'session session-current' : 'session'}>
                <div className="session-text">
                  <p className="session-device">
                    <strong>{name}</strong>
                    {s.current ? <span className="badge">{t('accountSecurity.sessions.thisDevice')}</span> : null}
                  </p>
                  <p className="muted">
                    {t('accountSecurity.sessions.signedIn')} <time dateTime={s.createdAt}>{formatDateTime(s.createdAt, lng)}</time>
                    <br />
                    {t('accountSecurity.sessions.lastActive')}{' '}
                    <time dateTime={s.lastSeenAt} title={formatDateTime(s.lastSeenAt, lng)}>
                      {s.current ? t('accountSecurity.sessions.now') : lastActive}
                    </time>
                  </p>
                </div>
                {s.current ? null : (
                  <Button
                    variant="secondary"
                    busy={endSession.isPending && endSession.variables === s.id}
                    aria-label={t('accountSecurity.sessions.signOutOneLabel', { device: name, when: lastActive })}
                    onClick={() =>
                      endSession.mutate(s.id, {
                        onSuccess: () => {
                          setAnnouncement(t('accountSecurity.sessions.signedOutOne', { device: name }));
                          headingRef.current?.focus();
                        },
                      })
                    }
                  >
                    {t('accountSecurity.sessions.signOutOne')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {sessions.isSuccess && others.length === 0 ? <p className="muted">{t('accountSecurity.sessions.noOthers')}</p> : null}
      {others.length > 0 ? (
        confirming ? (
          <ConfirmPanel
            title={t('accountSecurity.sessions.confirmTitle', { count: others.length })}
            confirmLabel={t('accountSecurity.sessions.signOutOthers')}
            busy={signOutOthers.isPending}
            returnFocusTo="sign-out-others"
            onCancel={() => setConfirming(false)}
            onConfirm={() =>
              signOutOthers.mutate(undefined, {
                onSuccess: (done) => {
                  setConfirming(false);
                  setAnnouncement(t('accountSecurity.sessions.signedOutOthers', { count: done.signedOut }));
                  headingRef.current?.focus();
                },
              })
            }
          >
            <p>{t('accountSecurity.sessions.confirmText')}</p>
          </ConfirmPanel>
        ) : (
          <div>
            <Button id="sign-out-others" variant="danger" onClick={() => setConfirming(true)}>
              {t('accountSecurity.sessions.signOutOthers')}
            </Button>
          </div>
        )
      ) : null}
    </section>
  );
}
