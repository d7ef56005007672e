import { useTranslation } from '../../../lib/use-translation';
import { languageLabel } from '../../../lib/languages';
import type { JudgeEntry } from '../api/get-judge-entry';
import { formatList } from '../../../lib/format';

/**
 * What the judge reads beside the video: the entry's code in the round, language, synopses in English and in the
 * original language. The entry's own code, country and team names only when the API sends them (never in a blind round).
 */
export function EntryBrief({ entry, countryName }: { entry: JudgeEntry; countryName: (code: string) => string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const original = entry.synopsisOriginal.trim();
  const english = entry.synopsisEnglish.trim();
  const showOriginal = Boolean(original) && original !== english;
  return (
    <section className="panel judge-brief" aria-labelledby="jb-h">
      <h2 id="jb-h">{t('judge.entry.about')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('judge.queue.code')}</dt>
          <dd>
            <code>{entry.code}</code>
          </dd>
        </div>
        {entry.entryCode ? (
          <div>
            <dt>{t('judge.entry.entryCode')}</dt>
            <dd>
              <code>{entry.entryCode}</code>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('judge.queue.language')}</dt>
          <dd>{languageLabel(entry.videoLanguage, lng)}</dd>
        </div>
        {entry.countryCode ? (
          <div>
            <dt>{t('judge.entry.country')}</dt>
            <dd>{countryName(entry.countryCode)}</dd>
          </div>
        ) : null}
        {entry.teamNames.length ? (
          <div>
            <dt>{t('judge.entry.team')}</dt>
            <dd>{formatList(entry.teamNames, lng)}</dd>
          </div>
        ) : null}
      </dl>
      <h3>{t('judge.entry.synopsisEnglish')}</h3>
      {english ? (
        <p className="prewrap" lang="en">
          {english}
        </p>
      ) : (
        <p className="muted">{t('judge.entry.noSynopsis')}</p>
      )}
      {showOriginal ? (
        <>
          <h3>{t('judge.entry.synopsisOriginal', { language: languageLabel(entry.videoLanguage, lng) })}</h3>
          <p className="prewrap" lang={entry.videoLanguage}>
            {original}
          </p>
        </>
      ) : null}
    </section>
  );
}
