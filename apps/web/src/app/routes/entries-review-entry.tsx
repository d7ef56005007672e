import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { competitionQueryOptions } from '../../api/get-competition';
import { useCountryNames } from '../../api/get-countries';
import { queryKeys } from '../../api/query-keys';
import { TeamConsents } from '../../features/consents/components/team-consents';
import { useEntry } from '../../features/entries/api/get-entry';
import { EntryDetails } from '../../features/entries/components/entry-details';
import { ReviewQueueNav } from '../../features/entries/components/review-queue-nav';
import { RulesPanel } from '../../features/entries/components/rules-panel';
import { ScreeningPanel } from '../../features/entries/components/screening-panel';
import { sectionId } from '../../features/entries/utils/checklist';
import { VideoPanel } from '../../features/videos/components/video-panel';
import { localize } from '../../lib/localized-text';
import { paths } from '../paths';
import { EntryPageState } from './entry-page-state';

/**
 * One entry in the review queue, for organisers (/admin/entries/:id) and coordinators (/coordinate/:country/entries/:id):
 * the player, the rules checklist, the consents and the screening decision side by side, with previous and next in the
 * list the reviewer came from (its query string is kept).
 */
export function EntriesReviewEntryRoute() {
  const { id = '', country: countryParam } = useParams();
  const country = countryParam?.toUpperCase();
  const { search } = useLocation();
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const qc = useQueryClient();
  const entry = useEntry(id);
  const competitionId = entry.data?.competitionId ?? '';
  const competition = useQuery({ ...competitionQueryOptions(competitionId), enabled: Boolean(competitionId) });
  const countries = useCountryNames();
  const refreshEntry = useCallback(() => void qc.invalidateQueries({ queryKey: queryKeys.entries.one(id), exact: true }), [qc, id]);
  const back = paths.entries.list(country) + (search || '');
  const backLink = (
    <Link to={back} className="review-back">
      {t('review.queue.back')}
    </Link>
  );

  if (entry.isPending || entry.isError) return <EntryPageState query={entry} back={backLink} />;

  const e = entry.data;
  const c = competition.data;
  const category = c?.categories.find((x) => x.id === e.categoryId);
  const competitionName = c ? localize(c.name, lng) : '';
  return (
    <Page title={e.title || t('entries.untitled')} lead={[e.code, competitionName, countries.nameOf(e.countryCode)].filter(Boolean).join(' · ')}>
      <ReviewQueueNav id={e.id} country={country} search={search} back={backLink} />
      <div className="review-layout">
        <div className="review-video">
          <VideoPanel
            entryId={e.id}
            title={e.title}
            editable={false}
            maxBytes={c?.rules.maxFileSizeBytes ?? 2 * 1024 ** 3}
            sectionId={sectionId('video')}
            onSettled={refreshEntry}
          />
        </div>
        <div className="review-side">
          <ScreeningPanel key={`${e.id}-${e.status}`} entry={e} />
          <RulesPanel entry={e} />
          <TeamConsents entry={e} editable={false} canWithdraw={false} canVerify sectionId={sectionId('team')} />
        </div>
        <div className="review-details">
          <EntryDetails
            entry={e}
            competitionName={competitionName}
            categoryName={category ? localize(category.name, lng) : ''}
            countryName={countries.nameOf(e.countryCode)}
          />
        </div>
      </div>
    </Page>
  );
}
