import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { Page } from '../../../components/ui/page';
import { ErrorNotice, Loading } from '../../../components/ui/query-state';
import { errorMessage } from '../../../lib/error-message';
import { useTranslation } from '../../../lib/use-translation';
import { usePreferences, type NotificationTopic } from '../api/get-preferences';
import { useUpdatePreference } from '../api/update-preferences';
import { essentialGroups } from '../utils/essential-groups';
import './notifications.css';

/**
 * The notification settings (/me/notifications/settings): a switch for each kind of message the person may switch off
 * (their roles decide which), saved at once and announced; and the messages that are always sent, with why.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  const update = useUpdatePreference();
  const [announcement, setAnnouncement] = useState('');

  const toggle = (topic: NotificationTopic, enabled: boolean) => {
    setAnnouncement('');
    update.mutate(
      { topic, enabled },
      {
        onSuccess: () =>
          setAnnouncement(t(enabled ? 'notifications.settings.savedOn' : 'notifications.settings.savedOff', { name: t(`notifications.topic.${topic}.name`) })),
      },
    );
  };

  return (
    <Page title={t('notifications.settings.title')} lead={t('notifications.settings.lead')}>
      <div className="notifications stack">
        {preferences.isPending ? (
          <Loading />
        ) : preferences.isError ? (
          <ErrorNotice error={preferences.error} onRetry={() => void preferences.refetch()} />
        ) : (
          <>
            <section className="panel stack" aria-labelledby="topics-heading">
              <h2 id="topics-heading">{t('notifications.settings.topicsTitle')}</h2>
              <div role="status" aria-live="polite">
                {announcement ? <p className="notice notice-success">{announcement}</p> : null}
              </div>
              {update.isError ? (
                <p className="notice notice-error" role="alert">
                  {errorMessage(t, update.error)}
                </p>
              ) : null}
              {preferences.data.topics.length ? (
                <ul className="topic-list">
                  {preferences.data.topics.map(({ topic, enabled }) => {
                    const busy = update.isPending && update.variables?.topic === topic;
                    return (
                      <li key={topic} className="topic">
                        <input
                          id={`topic-${topic}`}
                          type="checkbox"
                          role="switch"
                          className="switch"
                          checked={busy ? (update.variables?.enabled ?? enabled) : enabled}
                          aria-describedby={`topic-${topic}-hint`}
                          aria-busy={busy || undefined}
                          disabled={busy}
                          onChange={(e) => toggle(topic, e.target.checked)}
                        />
                        <div>
                          <label htmlFor={`topic-${topic}`} className="topic-name">
                            {t(`notifications.topic.${topic}.name`)}
                          </label>
                          <p id={`topic-${topic}-hint`} className="muted">
                            {t(`notifications.topic.${topic}.description`)}
                          </p>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p className="empty">{t('notifications.settings.noTopics')}</p>
              )}
            </section>
            <section className="panel stack" aria-labelledby="essential-heading">
              <h2 id="essential-heading">{t('notifications.settings.essentialTitle')}</h2>
              <p>{t('notifications.settings.essentialLead')}</p>
              <ul className="essential-list">
                {essentialGroups(preferences.data.essential).map((group) => (
                  <li key={group}>{t(`notifications.essential.${group}`)}</li>
                ))}
              </ul>
            </section>
            <p>
              <Link to={paths.me.notifications}>{t('notifications.settings.backToList')}</Link>
            </p>
          </>
        )}
      </div>
    </Page>
  );
}
