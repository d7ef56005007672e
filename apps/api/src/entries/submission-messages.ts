import type { SubmissionProblem } from '@clapper/domain/submission';

/** English wording a student can act on; the web app translates by code and params. */
export function submissionProblemMessage(p: SubmissionProblem): string {
  switch (p.code) {
    case 'window_not_open':
      return `Submissions open on ${p.params.opensAt}. Come back then.`;
    case 'window_closed':
      return `Submissions closed on ${p.params.closedAt}; entries can no longer be submitted.`;
    case 'missing_title':
      return 'Give your entry a title.';
    case 'missing_synopsis_english':
      return 'Write the synopsis in English too.';
    case 'no_video':
      return 'Upload your video.';
    case 'video_not_ready':
      return 'Your video is still being processed. Wait until it says ready.';
    case 'video_rejected':
      return 'Your video was not accepted. See the reasons on the video, fix them and upload it again.';
    case 'missing_subtitles':
      return `Add subtitles in: ${p.params.languages.join(', ')}.`;
    case 'team_too_small':
      return `A team needs at least ${p.params.min} member(s); yours has ${p.params.size}.`;
    case 'team_too_large':
      return `A team can have at most ${p.params.max} members; yours has ${p.params.size}. Remove some.`;
    case 'age_outside_category':
      return `${p.params.name} is ${p.params.age} on the reference date, outside this category's ages (${p.params.minAge}–${p.params.maxAge}). Choose the right category.`;
    case 'participant_consent_missing':
      return `Record ${p.params.name}'s consent to take part and be shown.`;
    case 'guardian_consent_missing':
      return `${p.params.name} is under 18: a parent or guardian must consent through the link, or upload a signed form.`;
    case 'guardian_consent_pending':
      return `The signed form for ${p.params.name} waits for the coordinator to verify it.`;
    case 'licence_not_accepted':
      return 'Accept the licence for the reuse of your work.';
    case 'school_limit_reached':
      return `Your school has already submitted the most entries allowed (${p.params.limit}).`;
  }
}
