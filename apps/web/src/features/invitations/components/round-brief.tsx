import { useTranslation } from '../../../lib/use-translation';
import type { Schemas } from '../../../lib/api-client';
import { localize } from '../../../lib/localized-text';

/**
 * What a judge's invitation asks: the round, its judging window (in the reader's time zone), about how many entries
 * the judge will score and the languages of the videos and subtitles. The estimate is the API's (RoundBriefDto).
 */
export function RoundBrief({ brief }: { brief: Schemas['RoundBriefDto'] }) {
  const { t, i18n } = useTranslation();
  const competition = localize(brief.competitionName, i18n.language);
  const round =
    brief.kind === 'national' && brief.countryCode
      ? t('roundSetup.brief.national', { country: brief.countryCode, competition })
      : t('roundSetup.brief.final', { competition });
  const languages = [
    brief.videoLanguages.length ? t('roundSetup.brief.videos', { languages: brief.videoLanguages }) : null,
    brief.subtitleLanguages.length ? t('roundSetup.brief.subtitles', { languages: brief.subtitleLanguages }) : null,
  ].filter((x): x is string => x !== null);
  return (
    <section className="panel" aria-labelledby="inv-brief-h">
      <h2 id="inv-brief-h">{t('roundSetup.brief.title')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('roundSetup.brief.round')}</dt>
          <dd>{round}</dd>
        </div>
        <div>
          <dt>{t('roundSetup.brief.window')}</dt>
          <dd>{t('roundSetup.brief.windowValue', { opens: brief.opensAt, closes: brief.closesAt })}</dd>
        </div>
        <div>
          <dt>{t('roundSetup.brief.entries')}</dt>
          <dd>
            {brief.entries > 0
              ? t('roundSetup.brief.entriesValue', { count: brief.expectedPerJudge, entries: brief.entries, k: brief.judgesPerEntry })
              : t('roundSetup.brief.entriesUnknown')}
          </dd>
        </div>
        <div>
          <dt>{t('roundSetup.brief.languages')}</dt>
          <dd>{languages.length ? languages.join(' · ') : t('roundSetup.brief.languagesUnknown')}</dd>
        </div>
      </dl>
    </section>
  );
}
