import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../../../api/get-me';
import { paths } from '../../../app/paths';
import { Button } from '../../../components/ui/button';
import { Page } from '../../../components/ui/page';
import { Loading } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/error-message';
import { useTranslation } from '../../../lib/use-translation';
import { useUnsubscribe, useUnsubscribeLink } from '../api/unsubscribe';
import './notifications.css';

/**
 * The page of a message's unsubscribe link (/unsubscribe/:token), signed in or not. It says which kind of message
 * stops and stops it only when the person confirms: link scanners open links, so a visit alone changes nothing.
 */
export function UnsubscribePage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const link = useUnsubscribeLink(token);
  const stop = useUnsubscribe(token);
  const signedIn = Boolean(me.data);
  // once stopped here, the result takes the focus from the button that went away
  const result = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (stop.isSuccess) result.current?.focus();
  }, [stop.isSuccess]);

  const settingsLink = (
    <p>
      <Link to={paths.me.notificationSettings}>{t(signedIn ? 'notifications.unsubscribe.settings' : 'notifications.unsubscribe.settingsSignIn')}</Link>
    </p>
  );

  if (link.isPending)
    return (
      <Page title={t('notifications.unsubscribe.title')}>
        <Loading />
      </Page>
    );
  if (link.isError)
    return (
      <Page title={t('notifications.unsubscribe.invalidTitle')}>
        <div className="panel narrow stack">
          <div className="notice notice-error" role="alert">
            <p>{errorMessage(t, link.error)}</p>
          </div>
          <p>{t('notifications.unsubscribe.invalidNext')}</p>
          {settingsLink}
        </div>
      </Page>
    );

  const { topic, stopped } = link.data;
  return (
    <Page title={stopped ? t('notifications.unsubscribe.doneTitle') : t('notifications.unsubscribe.title')}>
      <div className="panel narrow stack unsubscribe">
        {stopped ? (
          <>
            <p className="notice notice-success" role="status" tabIndex={-1} ref={result}>
              {t(`notifications.topic.${topic}.stopped`)}
            </p>
            <p>{t('notifications.unsubscribe.stillSent')}</p>
            <p>{t('notifications.unsubscribe.undo')}</p>
            {settingsLink}
          </>
        ) : (
          <>
            <p className="lead">{t(`notifications.topic.${topic}.willStop`)}</p>
            <p className="muted">{t(`notifications.topic.${topic}.description`)}</p>
            <p>{t('notifications.unsubscribe.stillSent')}</p>
            {stop.isError ? (
              <p className="notice notice-error" role="alert">
                {errorMessage(t, stop.error)}
              </p>
            ) : null}
            <div>
              <Button busy={stop.isPending} onClick={() => stop.mutate()}>
                {t('notifications.unsubscribe.confirm')}
              </Button>
            </div>
            {settingsLink}
          </>
        )}
      </div>
    </Page>
  );
}
