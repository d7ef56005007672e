import { useTranslation } from '../../../lib/use-translation';
import { ConfirmPanel } from '../../../components/ui/confirm-panel';
import { Loading } from '../../../components/ui/query-state';
import { formatDateTime, formatDuration, formatFileSize, formatList, formatNumber } from '../../../lib/format';
import { languageLabel } from '../../../lib/languages';
import type { Entry } from '../api/get-entry';
import { useLicence } from '../api/get-licence';
import { creditsSummary } from './credits-panel';

/** The video's facts as the videos feature reports them (null while it loads). */
export interface ReviewVideo {
  status: string;
  fileName: string | null;
  sizeBytes: number | null;
  durationSeconds: number | null;
  width: number | null;
  height: number | null;
}

/** What the review shows besides the entry: its video and its subtitles' languages, from the page. */
export interface ReviewExtras {
  video: ReviewVideo | null;
  subtitleLanguages: string[] | null;
}

export interface SubmitReviewProps extends ReviewExtras {
  entry: Entry;
  /** the category's name in the reader's language */
  categoryName: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** the Submit button, which gets the focus back when the team goes back to editing */
  returnFocusTo: string;
}

/**
 * Everything that will be submitted, to check before confirming: the title and synopses, the category, the team
 * with roles and consents, the video's facts, the subtitles, the licence accepted and the public credits. It takes
 * the focus when it opens; Escape or "Cancel" go back to the page without submitting.
 */
export function SubmitReview({ entry: e, categoryName, video: v, subtitleLanguages, busy, onConfirm, onCancel, returnFocusTo }: SubmitReviewProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const licence = useLicence(e.competitionId);
  const none = <span className="muted">{t('entries.details.empty')}</span>;
  const list = (items: string[]) => formatList(items, lng);
  const videoFacts = v
    ? [
        v.fileName ?? '',
        v.durationSeconds ? formatDuration(v.durationSeconds, lng) : '',
        v.width && v.height ? `${formatNumber(v.width, lng)} × ${formatNumber(v.height, lng)}` : '',
        v.sizeBytes ? formatFileSize(v.sizeBytes, lng) : '',
        t(`video.status.${v.status}`),
      ].filter(Boolean)
    : [];

  return (
    <ConfirmPanel
      title={t('entries.review.title')}
      tone="primary"
      confirmLabel={t('entries.review.confirm')}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
      returnFocusTo={returnFocusTo}
    >
      <p>{t('entries.review.lead')}</p>
      {v === null || subtitleLanguages === null || licence.isPending ? <Loading /> : null}
      <dl className="facts review-facts">
        <div>
          <dt>{t('entries.fields.title')}</dt>
          <dd>{e.title || none}</dd>
        </div>
        <div>
          <dt>{t('entries.fields.synopsisOriginal')}</dt>
          <dd className="prewrap" lang={e.videoLanguage}>
            {e.synopsisOriginal || none}
          </dd>
        </div>
        <div>
          <dt>{t('entries.fields.synopsisEnglish')}</dt>
          <dd className="prewrap" lang="en">
            {e.synopsisEnglish || none}
          </dd>
        </div>
        <div>
          <dt>{t('entries.fields.category')}</dt>
          <dd>{categoryName || none}</dd>
        </div>
        <div>
          <dt>{t('entries.fields.videoLanguage')}</dt>
          <dd>{languageLabel(e.videoLanguage, lng)}</dd>
        </div>
        <div>
          <dt>{t('entries.review.team')}</dt>
          <dd>
            <ul className="plain-list">
              {e.members.map((m) => (
                <li key={m.id}>
                  <strong>{m.fullName}</strong> · {t(`entries.roles.${m.role}`, { defaultValue: m.role })} ·{' '}
                  {t('entries.review.consent', { state: t(`consent.status.${m.consent.status}`) })}
                  {m.guardianConsent ? <> · {t('entries.review.guardianConsent', { state: t(`consent.status.${m.guardianConsent.status}`) })}</> : null}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('video.title')}</dt>
          <dd>{videoFacts.length ? videoFacts.join(' · ') : none}</dd>
        </div>
        <div>
          <dt>{t('entries.review.subtitles')}</dt>
          <dd>{subtitleLanguages?.length ? list(subtitleLanguages.map((l) => languageLabel(l, lng))) : none}</dd>
        </div>
        <div>
          <dt>{t('entries.licence.title')}</dt>
          <dd>
            {!e.licence.accepted
              ? t('entries.licence.notAccepted')
              : licence.data && licence.data.id === e.licence.licenceVersionId
                ? t('entries.review.licence', { title: licence.data.title, version: licence.data.version, when: formatDateTime(e.licence.acceptedAt, lng) })
                : t('entries.licence.accepted', { when: formatDateTime(e.licence.acceptedAt, lng) })}
          </dd>
        </div>
        <div>
          <dt>{t('credits.title')}</dt>
          <dd>{creditsSummary(t, e)}</dd>
        </div>
      </dl>
    </ConfirmPanel>
  );
}
