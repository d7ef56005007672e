import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../../api/get-me';
import { renderPage } from '../../../test/render';
import { COMPETITION_ID, makeCompetition } from '../../../test/competition';
import { formatDateTime } from '../../../lib/format';
import { EnterCompetition } from './enter-competition';

const student = {
  id: 'u1',
  email: 'ana@example.org',
  displayName: 'Ana Suksan',
  countryCode: 'TH',
  dateOfBirth: '2013-05-02',
  schoolId: null,
  schoolName: 'Bangkok Demo School',
  locale: 'en',
  emailVerified: true,
  roles: [{ role: 'student', countryCode: 'TH', schoolId: null, roundId: null }],
  teacherRequest: null,
} satisfies Me;
const judge: Me = { ...student, roles: [{ role: 'judge', countryCode: null, schoolId: null, roundId: 'r1' }] };
const open = makeCompetition({ submissionPhase: 'open' });

describe('EnterCompetition', () => {
  it('goes straight to a new entry for this competition while it is open', () => {
    renderPage(<EnterCompetition competition={open} me={student} />);
    const link = screen.getByRole('link', { name: 'Enter this competition' });
    expect(link.getAttribute('href')).toBe(`/me/entries/new?competition=${COMPETITION_ID}`);
    expect(screen.getByText(`Entries close on ${formatDateTime(open.timeline.submissionClosesAt, 'en')}.`)).toBeTruthy();
  });

  it('offers it to a visitor too, who signs in first and comes back (the new entry page asks them to)', () => {
    renderPage(<EnterCompetition competition={open} me={null} />);
    expect(screen.getByRole('link', { name: 'Enter this competition' }).getAttribute('href')).toBe(`/me/entries/new?competition=${COMPETITION_ID}`);
    expect(screen.getByText(/You will sign in or create an account first/)).toBeTruthy();
  });

  it('names the competition for screen readers where several are listed', () => {
    renderPage(<EnterCompetition competition={open} me={student} name="Thai Cup" />);
    expect(screen.getByRole('link', { name: 'Enter Thai Cup' })).toBeTruthy();
  });

  it('says when entries open, or when they closed, instead of the action', () => {
    const { unmount } = renderPage(<EnterCompetition competition={makeCompetition({ submissionPhase: 'not_open' })} me={student} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(`Entries open on ${formatDateTime(open.timeline.submissionOpensAt, 'en')}.`)).toBeTruthy();
    unmount();
    renderPage(<EnterCompetition competition={makeCompetition({ submissionPhase: 'closed' })} me={student} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(`Entries closed on ${formatDateTime(open.timeline.submissionClosesAt, 'en')}.`)).toBeTruthy();
  });

  it('offers nothing once the edition’s results are public, even while its window is still open: its banner leads to the winners', () => {
    const results = { publishedAt: '2028-09-10T10:00:00.000Z', showcaseUrl: '/showcase/thai-cup', grandPrize: null };
    renderPage(<EnterCompetition competition={{ ...open, results }} me={student} />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('follows the server’s phase, not this device’s clock, and shows nothing to a judge or for a draft', () => {
    // the window's dates are in 2028, yet the server says it is open
    renderPage(<EnterCompetition competition={open} me={judge} />);
    expect(screen.queryByRole('link')).toBeNull();
    renderPage(<EnterCompetition competition={{ ...open, status: 'draft' }} me={student} />);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
