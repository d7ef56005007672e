import type { VideoProblem } from '@clapper/domain/video-rules';
import type { MailText } from '../mail/mail-i18n.js';
import { mailFormat } from './mail-format.js';
import type { EntryMail, WriteEntryMail } from './team-notices.js';

/**
 * The emails about an entry, in the reader's language (catalogs: apps/api/src/mail/locales, blocks named after the
 * kinds): each writer gives the subject and the body's lines; the Notifier adds the greeting, the link to the page and
 * the footer.
 */

/** The video's facts as the reader writes them: "2 min 5 s, 1920 × 1080 pixels, 45 MB". */
export interface VideoFacts {
  durationSeconds: number | null;
  width: number | null;
  height: number | null;
  sizeBytes: number | null;
}

function videoLine(t: MailText, v: VideoFacts): string | null {
  const f = mailFormat(t.locale);
  const parts = [
    ...(v.durationSeconds !== null ? [f.duration(v.durationSeconds)] : []),
    ...(v.width !== null && v.height !== null ? [t.t('entryVideo.pixels', { width: f.number(v.width), height: f.number(v.height) })] : []),
    ...(v.sizeBytes !== null ? [f.bytes(v.sizeBytes)] : []),
  ];
  return parts.length ? t.t('entryVideo.facts', { facts: parts.join(', ') }) : null;
}

const about = (e: EntryMail) => ({ code: e.entry.code, title: e.entry.title, competition: e.competitionName });

/** A video problem (the processor's code and facts) in the reader's words. */
export function videoProblemText(t: MailText, p: VideoProblem): string {
  const f = mailFormat(t.locale);
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(p.params)) {
    if (Array.isArray(v)) vars[k] = f.list(v.map((x) => x.toUpperCase()));
    else if (typeof v === 'number')
      vars[k] =
        k === 'seconds' || ((k === 'min' || k === 'max') && (p.code === 'too_short' || p.code === 'too_long'))
          ? f.duration(v)
          : k === 'bytes' || (k === 'max' && p.code === 'file_too_large')
            ? f.bytes(v)
            : f.number(v);
    else vars[k] = k === 'codec' || k === 'container' ? v.toUpperCase() : v;
  }
  return t.t(`entryVideo.problems.${p.code}`, vars);
}

/** The submission receipt: what was submitted, and what happens next with the competition's dates. */
export function receiptMail(o: {
  video: VideoFacts | null;
  subtitleLanguages: string[];
  licence: { version: number; acceptedAt: Date } | null;
}): WriteEntryMail {
  return (t, e) => {
    const f = mailFormat(t.locale);
    const c = e.competition;
    const video = o.video ? videoLine(t, o.video) : null;
    return {
      subject: t.t('entrySubmitted.subject', { title: e.entry.title, code: e.entry.code }),
      lines: [
        t.t('entrySubmitted.intro', about(e)),
        '',
        t.t('entrySubmitted.code', { code: e.entry.code }),
        t.t('entrySubmitted.title', { title: e.entry.title }),
        t.t('entrySubmitted.team', { team: f.names(e.members.map((m) => m.fullName)) }),
        ...(video ? [video] : []),
        o.subtitleLanguages.length ? t.t('entrySubmitted.subtitles', { languages: t.languages(o.subtitleLanguages) }) : t.t('entrySubmitted.noSubtitles'),
        ...(o.licence ? [t.t('entrySubmitted.licence', { version: f.number(o.licence.version), date: t.dateTime(o.licence.acceptedAt) })] : []),
        '',
        t.t('entrySubmitted.next'),
        t.t('entrySubmitted.nextScreening', { country: t.country(e.entry.countryCode) }),
        c.judgingOpensAt && c.judgingClosesAt
          ? t.t('entrySubmitted.nextJudging', { from: t.dateTime(c.judgingOpensAt), to: t.dateTime(c.judgingClosesAt) })
          : t.t('entrySubmitted.nextJudgingUndated'),
        c.ceremonyAt ? t.t('entrySubmitted.nextResults', { date: t.dateTime(c.ceremonyAt) }) : t.t('entrySubmitted.nextResultsUndated'),
        '',
        t.t('entrySubmitted.withdraw', { date: t.dateTime(c.submissionClosesAt) }),
      ],
    };
  };
}

/** The video passed the checks (with any warnings, such as no sound). */
export function videoReadyMail(video: VideoFacts, warnings: VideoProblem[]): WriteEntryMail {
  return (t, e) => {
    const facts = videoLine(t, video);
    return {
      subject: t.t('entryVideoReady.subject', { title: e.entry.title }),
      lines: [
        t.t('entryVideoReady.intro', about(e)),
        ...(facts ? ['', facts] : []),
        ...(warnings.length ? ['', t.t('entryVideoReady.warnings'), ...warnings.map((p) => `- ${videoProblemText(t, p)}`)] : []),
        '',
        t.t('entryVideoReady.next'),
      ],
    };
  };
}

/** The video was refused, with each reason the student can act on. */
export function videoRejectedMail(problems: VideoProblem[]): WriteEntryMail {
  return (t, e) => ({
    subject: t.t('entryVideoRejected.subject', { title: e.entry.title }),
    lines: [t.t('entryVideoRejected.intro', about(e)), '', ...problems.map((p) => `- ${videoProblemText(t, p)}`), '', t.t('entryVideoRejected.next')],
  });
}

export type ScreeningDecision =
  { decision: 'eligible' } | { decision: 'ineligible'; reason: string } | { decision: 'changes_requested'; message: string; dueAt: Date };

/** The screening decision: eligible (and when judging is), ineligible with the reason, or changes with the message and deadline. */
export function screenedMail(d: ScreeningDecision): WriteEntryMail {
  return (t, e) => {
    const c = e.competition;
    if (d.decision === 'changes_requested')
      return {
        subject: t.t('changesRequested.subject', { title: e.entry.title }),
        lines: [t.t('changesRequested.intro', about(e)), '', d.message, '', t.t('changesRequested.deadline', { date: t.dateTime(d.dueAt) })],
      };
    if (d.decision === 'ineligible')
      return {
        subject: t.t('entryScreened.ineligible.subject', { title: e.entry.title }),
        lines: [
          t.t('entryScreened.ineligible.body', about(e)),
          '',
          t.t('entryScreened.ineligible.reason'),
          d.reason,
          '',
          t.t('entryScreened.ineligible.questions', { country: t.country(e.entry.countryCode) }),
        ],
      };
    return {
      subject: t.t('entryScreened.eligible.subject', { title: e.entry.title }),
      lines: [
        t.t('entryScreened.eligible.body', about(e)),
        ...(c.judgingOpensAt && c.judgingClosesAt
          ? ['', t.t('entryScreened.eligible.judging', { from: t.dateTime(c.judgingOpensAt), to: t.dateTime(c.judgingClosesAt) })]
          : []),
      ],
    };
  };
}

export type ConsentChange = `${'participant' | 'guardian'}_${'given' | 'refused' | 'withdrawn'}`;

/** A consent given, refused or withdrawn, as the team (or a coordinator: `forCoordinator`) reads it. */
export function consentChangedMail(change: ConsentChange, memberName: string, forCoordinator = false): WriteEntryMail {
  return (t, e) => ({
    subject: forCoordinator
      ? t.t('coordinatorConsentChanged.subject', { code: e.entry.code, title: e.entry.title })
      : t.t(`entryConsentChanged.subject.${change}`, { name: memberName, title: e.entry.title }),
    lines: [
      t.t(`entryConsentChanged.body.${change}`, { ...about(e), name: memberName }),
      ...(forCoordinator ? ['', t.t('coordinatorConsentChanged.open', { country: t.country(e.entry.countryCode) })] : []),
    ],
  });
}

/** The guardian's copy of their answer, with the consent text they answered (its version, language and words). */
export function guardianCopyMail(
  status: 'given' | 'refused' | 'withdrawn',
  memberName: string,
  at: Date,
  text: { version: string; language: string; body: string } | null,
): WriteEntryMail {
  return (t, e) => ({
    subject: t.t(`guardianConsentCopy.${status}.subject`, { name: memberName, title: e.entry.title }),
    lines: [
      t.t(`guardianConsentCopy.${status}.body`, { name: memberName, title: e.entry.title, competition: e.competitionName, date: t.dateTime(at) }),
      ...(text ? ['', t.t(`guardianConsentCopy.text.${status}`, { version: text.version, language: t.languages([text.language]) }), '', text.body] : []),
      '',
      t.t(`guardianConsentCopy.${status}.page`),
    ],
  });
}

/** Chosen for the final, with the final's judging window. */
export function promotedMail(final: { opensAt: Date; closesAt: Date }): WriteEntryMail {
  return (t, e) => ({
    subject: t.t('entryPromoted.subject', { title: e.entry.title }),
    lines: [
      t.t('entryPromoted.body', { ...about(e), country: t.country(e.entry.countryCode) }),
      '',
      t.t('entryPromoted.final', { from: t.dateTime(final.opensAt), to: t.dateTime(final.closesAt) }),
      '',
      t.t('entryPromoted.results'),
    ],
  });
}

/** What the team's results say: its place in its furthest round, its awards, whether judges wrote feedback, its certificates. */
export interface TeamOutcome {
  rank: { kind: 'national' | 'final'; rank: number; of: number } | null;
  /** the awards' names by language */
  awards: Record<string, string>[];
  feedback: boolean;
  certificates: { kind: 'award' | 'participation'; awardName: Record<string, string> | null }[];
}

export function resultsMail(o: TeamOutcome): WriteEntryMail {
  return (t, e) => {
    const f = mailFormat(t.locale);
    const certificates = o.certificates.map((c) =>
      c.kind === 'award' && c.awardName
        ? t.t('entryResultsPublished.awardCertificate', { award: t.localised(c.awardName) })
        : t.t('entryResultsPublished.participation'),
    );
    return {
      subject: t.t('entryResultsPublished.subject', { competition: e.competitionName }),
      lines: [
        t.t('entryResultsPublished.intro', about(e)),
        '',
        ...(o.awards.length ? [t.t('entryResultsPublished.awards', { awards: f.list(o.awards.map((a) => t.localised(a))) })] : []),
        ...(o.rank
          ? [
              t.t(`entryResultsPublished.rank.${o.rank.kind}`, {
                rank: f.number(o.rank.rank),
                of: f.number(o.rank.of),
                country: t.country(e.entry.countryCode),
              }),
            ]
          : []),
        ...(o.feedback ? [t.t('entryResultsPublished.feedback')] : []),
        ...(certificates.length ? [t.t('entryResultsPublished.certificates', { certificates: f.list(certificates) })] : []),
        '',
        t.t('entryResultsPublished.thanks'),
      ],
    };
  };
}
