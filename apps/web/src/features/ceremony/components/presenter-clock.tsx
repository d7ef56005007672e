import { useEffect, useState } from 'react';
import { useTranslation } from '../../../lib/use-translation';
import { formatNumber, formatTime } from '../../../lib/format';

/** The time now, and how long the ceremony has been running (since this view opened, or since "Restart"). */
export function PresenterClock() {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  const [start, setStart] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  const lang = i18n.language;
  const time = formatTime(now, lang);
  const seconds = Math.max(0, Math.floor((now.getTime() - start) / 1000));
  const two = (n: number) => formatNumber(n, lang, { minimumIntegerDigits: 2, useGrouping: false });
  const elapsed = `${formatNumber(Math.floor(seconds / 3600), lang)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
  return (
    <div className="presenter-clock">
      <p>
        <span className="presenter-muted">{t('ceremony.presenter.clock')}</span>{' '}
        <time className="presenter-time" dateTime={now.toISOString()} data-testid="presenter-clock">
          {time}
        </time>
      </p>
      <p>
        <span className="presenter-muted">{t('ceremony.presenter.elapsed')}</span>{' '}
        <span className="presenter-time" data-testid="presenter-elapsed">
          {elapsed}
        </span>
      </p>
      <button
        type="button"
        className="ceremony-btn ceremony-btn-small"
        onClick={() => {
          setStart(Date.now());
          setNow(new Date());
        }}
      >
        {t('ceremony.presenter.restart')}
      </button>
    </div>
  );
}
