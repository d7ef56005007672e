import { checkSubmission, type SubmissionFacts } from './submission.js';

const ok: SubmissionFacts = {
  now: new Date('2027-03-01T00:00:00Z'),
  submissionOpensAt: new Date('2027-01-01T00:00:00Z'),
  submissionClosesAt: new Date('2027-06-30T15:00:00Z'),
  rules: {
    teamSizeMin: 1,
    teamSizeMax: 5,
    entriesPerSchool: 1,
    requiredSubtitleLanguages: ['en'],
    requiredConsents: ['participation', 'appearance', 'guardian'],
  },
  referenceDate: '2027-04-01',
  category: { minAge: 13, maxAge: 17 },
  title: 'Think before you click',
  synopsisEnglish: 'A phishing story.',
  members: [
    { fullName: 'Ana', dateOfBirth: '2011-02-01', participantConsent: 'given', guardianConsent: 'given' },
    { fullName: 'Ben', dateOfBirth: '2010-06-01', participantConsent: 'given', guardianConsent: 'given' },
  ],
  video: { status: 'ready' },
  subtitleLanguages: ['en', 'th'],
  licenceAccepted: true,
  otherSubmittedFromSchool: 0,
};

describe('checkSubmission', () => {
  it('accepts an entry that meets every requirement', () => {
    expect(checkSubmission(ok)).toEqual([]);
  });

  it('lists every unmet requirement at once', () => {
    const problems = checkSubmission({
      ...ok,
      now: new Date('2027-07-01T00:00:00Z'),
      video: null,
      subtitleLanguages: [],
      licenceAccepted: false,
      otherSubmittedFromSchool: 1,
      members: [{ fullName: 'Ana', dateOfBirth: '2011-02-01', participantConsent: 'none', guardianConsent: 'requested' }],
    });
    expect(problems.map((p) => p.code)).toEqual([
      'window_closed',
      'no_video',
      'missing_subtitles',
      'participant_consent_missing',
      'guardian_consent_missing',
      'licence_not_accepted',
      'school_limit_reached',
    ]);
  });

  it('needs a guardian only for members under 18 on the reference date', () => {
    const adult = { fullName: 'Chai', dateOfBirth: '2009-04-01', participantConsent: 'given' as const, guardianConsent: 'none' as const };
    expect(checkSubmission({ ...ok, category: { minAge: 13, maxAge: 25 }, members: [adult] })).toEqual([]);
    const minor = { ...adult, dateOfBirth: '2009-04-02' };
    expect(checkSubmission({ ...ok, members: [minor] })).toEqual([{ code: 'guardian_consent_missing', params: { name: 'Chai' } }]);
    expect(checkSubmission({ ...ok, members: [{ ...minor, guardianConsent: 'pending_verification' }] })).toEqual([
      { code: 'guardian_consent_pending', params: { name: 'Chai' } },
    ]);
  });

  it('checks team size, ages against the category and the video state', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ ...ok.members[0], fullName: `M${i}` }));
    expect(checkSubmission({ ...ok, members: six }).map((p) => p.code)).toEqual(['team_too_large']);
    expect(checkSubmission({ ...ok, members: [] }).map((p) => p.code)).toEqual(['team_too_small']);
    expect(checkSubmission({ ...ok, category: { minAge: 7, maxAge: 12 } }).map((p) => p.code)).toEqual(['age_outside_category', 'age_outside_category']);
    expect(checkSubmission({ ...ok, video: { status: 'processing' } })).toEqual([{ code: 'video_not_ready', params: { status: 'processing' } }]);
    expect(checkSubmission({ ...ok, video: { status: 'rejected' } }).map((p) => p.code)).toEqual(['video_rejected']);
  });

  it('is open from the opening instant up to, not including, the closing instant', () => {
    expect(checkSubmission({ ...ok, now: ok.submissionOpensAt })).toEqual([]);
    expect(checkSubmission({ ...ok, now: ok.submissionClosesAt }).map((p) => p.code)).toEqual(['window_closed']);
  });
});
