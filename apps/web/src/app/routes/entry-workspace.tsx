import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../lib/use-translation';
import { Page } from '../../components/ui/page';
import { competitionQueryOptions } from '../../api/get-competition';
import { TeamConsents } from '../../features/consents/components/team-consents';
import { useEntry } from '../../features/entries/api/get-entry';
import { ChecklistPanel } from '../../features/entries/components/checklist-panel';
import { EntryDetails } from '../../features/entries/components/entry-details';
import { CreditsPanel } from '../../features/entries/components/credits-panel';
import { EntryEditor } from '../../features/entries/components/entry-editor';
import type { EntryCompetitionOption } from '../../features/entries/components/entry-fields';
import { LicencePanel } from '../../features/entries/components/licence-panel';
import { SubmitPanel } from '../../features/entries/components/submit-panel';
import { sectionId } from '../../features/entries/utils/checklist';
import { TeamResultsSection } from '../../features/results/components/team-results-section';
import { SubtitlesPanel } from '../../features/videos/components/subtitles-panel';
import { VideoPanel } from '../../features/videos/components/video-panel';
import { useVideo } from '../../features/videos/api/get-video';
import { useSubtitles } from '../../features/videos/api/get-subtitles';
import { localize } from '../../lib/localized-text';
import { paths } from '../paths';
import { useCountryNames } from '../../api/get-countries';
import { queryKeys } from '../../api/query-keys';
import { EntryPageState } from './entry-page-state';

/**
 * One entry, composed from the entries, consents and videos features. The team edits a draft here; once submitted
 * it is read-only. Coordinators and organisers review entries on the review queue (entries-review-entry.tsx).
 */
export function EntryWorkspaceRoute() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const qc = useQueryClient();
  const entry = useEntry(id);
  const competitionId = entry.data?.competitionId ?? '';
  const competition = useQuery({ ...competitionQueryOptions(competitionId), enabled: Boolean(competitionId) });
  const countries = useCountryNames();
  // the review before submitting shows the video's facts and the subtitles (the panels below read the same queries)
  const video = useVideo(id);
  const subtitles = useSubtitles(id);
  const refreshEntry = useCallback(() => void qc.invalidateQueries({ queryKey: queryKeys.entries.one(id), exact: true }), [qc, id]);
  const back = paths.me.entries;

  if (entry.isPending || entry.isError) return <EntryPageState query={entry} back={<Link to={back}>{t('entries.backToMine')}</Link>} />;

  const e = entry.data;
  const c = competition.data;
  const team = e.viewerRelation === 'owner' || e.viewerRelation === 'teacher' || e.viewerRelation === 'organiser';
  const editable = e.status === 'draft' && team;
  const reviewer = e.viewerRelation === 'coordinator' || e.viewerRelation === 'organiser';
  const category = c?.categories.find((x) => x.id === e.categoryId);
  const competitionName = c ? localize(c.name, lng) : '';
  const competitionOption: EntryCompetitionOption | undefined = c
    ? {
        id: c.id,
        name: competitionName,
        languages: c.languages,
        referenceDate: c.referenceDate,
        categories: [...c.categories]
          .sort((a, b) => a.position - b.position)
          .map((x) => ({ id: x.id, name: localize(x.name, lng), minAge: x.minAge, maxAge: x.maxAge })),
      }
    : undefined;

  return (
    <Page title={e.title || t('entries.untitled')} lead={competitionName ? `${e.code} · ${competitionName}` : e.code}>
      <p>
        <Link to={back}>{t('entries.backToMine')}</Link>
      </p>
      {!editable && e.status === 'draft' ? <p className="notice notice-info">{t('entries.readOnlyReview')}</p> : null}
      {e.status !== 'draft' && team ? <p className="notice notice-info">{t('entries.readOnlySubmitted')}</p> : null}
      <div className="workspace">
        {editable ? <ChecklistPanel entry={e} /> : null}
        <EntryDetails
          entry={e}
          competitionName={competitionName}
          categoryName={category ? localize(category.name, lng) : ''}
          countryName={countries.nameOf(e.countryCode)}
        />
        {editable ? <EntryEditor entry={e} competition={competitionOption} /> : null}
        <TeamConsents entry={e} editable={editable} canWithdraw={team && e.status !== 'withdrawn'} canVerify={reviewer} sectionId={sectionId('team')} />
        <VideoPanel
          entryId={e.id}
          title={e.title}
          editable={editable}
          maxBytes={c?.rules.maxFileSizeBytes ?? 2 * 1024 ** 3}
          rules={c?.rules}
          sectionId={sectionId('video')}
          onSettled={refreshEntry}
        />
        <SubtitlesPanel entryId={e.id} languages={c?.languages ?? []} editable={editable} sectionId={sectionId('subtitles')} />
        <LicencePanel entry={e} editable={editable} />
        {/* a draft's public credits are saved with its details (Edit details); once submitted they alone can change */}
        {team && e.status !== 'draft' ? <CreditsPanel key={e.id} entry={e} /> : null}
        {team ? (
          <SubmitPanel
            entry={e}
            editable={editable}
            windowOpen={c?.submissionPhase === 'open'}
            categoryName={category ? localize(category.name, lng) : ''}
            review={{ video: video.data ?? null, subtitleLanguages: subtitles.data?.map((s) => s.language) ?? null }}
          />
        ) : null}
        {e.status !== 'draft' ? <TeamResultsSection entryId={e.id} countryName={countries.nameOf} /> : null}
      </div>
    </Page>
  );
}
