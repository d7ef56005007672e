import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../../../api/get-me';
import { COMPETITION_ID, makeCompetition } from '../../../test/competition';
import { renderPage, stubFetch } from '../../../test/render';
import { formatDateTime } from '../../../lib/format';
import { StudentStart } from './student-start';

const student: Me = {
  id: 'u1',
  email: 'ana@example.org',
  displayName: 'Ana Suksan',
  countryCode: 'TH',
  dateOfBirth: '2013-05-02',
  schoolId: null,
  schoolName: null,
  locale: 'en',
  emailVerified: true,
  roles: [{ role: 'student', countryCode: 'TH', schoolId: null, roundId: null }],
  teacherRequest: null,
};
const summary = (o: Parameters<typeof makeCompetition>[0]) => ({ ...makeCompetition(o), countryCount: 2, categoryCount: 2 });

function renderHome(competitions: unknown[], me: Me | null = student) {
  vi.stubGlobal('fetch', stubFetch({ 'GET /api/competitions': () => ({ body: competitions }) }).fetchStub);
  return renderPage(<StudentStart me={me} />);
}

afterEach(() => vi.unstubAllGlobals());

describe('StudentStart (a signed-in student’s home)', () => {
  it('lists the competitions open now, each with "Enter this competition" going straight to a new entry', async () => {
    renderHome([summary({ submissionPhase: 'open' }), summary({ id: 'other', slug: 'closed-cup', name: { en: 'Closed Cup' }, submissionPhase: 'closed' })]);
    expect(await screen.findByRole('heading', { name: 'Start an entry' })).toBeTruthy();
    const enter = screen.getByRole('link', { name: 'Enter Thai Cup' });
    expect(enter.textContent).toBe('Enter this competition');
    expect(enter.getAttribute('href')).toBe(`/me/entries/new?competition=${COMPETITION_ID}`);
    expect(screen.queryByText('Closed Cup')).toBeNull();
    expect(screen.getByRole('link', { name: 'See my entries' }).getAttribute('href')).toBe('/me/entries');
  });

  it('with none open, says so and when the next one opens', async () => {
    const next = summary({ submissionPhase: 'not_open' });
    renderHome([next]);
    expect(await screen.findByText('No competition is open for entries right now.')).toBeTruthy();
    expect(screen.getByText(`Thai Cup opens for entries on ${formatDateTime(next.timeline.submissionOpensAt, 'en')}.`)).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Enter/ })).toBeNull();
  });

  it('is not shown to visitors or to staff', () => {
    const { container } = renderHome([summary({ submissionPhase: 'open' })], null);
    expect(container.textContent).toBe('');
  });
});
