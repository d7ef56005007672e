import { DEFAULT_ENTRY_RULES } from '@clapper/domain/entry-rules';
import type { Competition } from '../api/get-competition';

export const COMPETITION_ID = '5f0c8a7e-3b9d-4c1e-8a2f-6d7e8f9a0b1c';

/** A competition as the API answers it (Thai Cup, Japan and Thailand, submissions not open yet), with `o` over it. */
export const makeCompetition = (o: Partial<Competition> = {}): Competition => ({
  id: COMPETITION_ID,
  slug: 'thai-cup',
  name: { en: 'Thai Cup' },
  theme: {},
  rulesText: {},
  emailSignature: {},
  ceremonyLanguage: null,
  languages: ['en'],
  status: 'published',
  referenceDate: '2028-04-01',
  timeline: {
    submissionOpensAt: '2028-01-10T00:00:00.000Z',
    submissionClosesAt: '2028-05-31T14:59:59.000Z',
    judgingOpensAt: null,
    judgingClosesAt: null,
    ceremonyAt: null,
  },
  submissionPhase: 'not_open',
  rules: { ...DEFAULT_ENTRY_RULES } as Competition['rules'],
  countryCodes: ['JP', 'TH'],
  categories: [],
  audienceVoting: false,
  votingOpensAt: null,
  votingClosesAt: null,
  audienceWeight: 0,
  updatedAt: '2028-01-01T00:00:00.000Z',
  results: null,
  ...o,
});
