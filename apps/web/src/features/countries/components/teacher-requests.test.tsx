import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../../lib/api-client';
import { renderPage, stubFetch } from '../../../test/render';
import { TeacherRequests } from './teacher-requests';
import { i18n } from '../../../lib/translator';

const request = (over: Partial<Schemas['TeacherRequestDto']> = {}): Schemas['TeacherRequestDto'] => ({
  id: 'g1',
  displayName: 'Somchai Jaidee',
  emailDomain: 'school.ac.th',
  schoolId: 's1',
  schoolName: 'Bangkok Wittaya School',
  countryCode: 'TH',
  status: 'pending',
  requestedAt: '2027-01-10T03:00:00.000Z',
  decidedAt: null,
  schoolTeachers: 2,
  ...over,
});

afterEach(() => {
  vi.unstubAllGlobals();
  void i18n.changeLanguage('en');
});

describe('TeacherRequests', () => {
  it("shows each request with the email's domain and approves it", async () => {
    let pending = [request()];
    const { fetchStub, calls } = stubFetch({
      'GET /api/teacher-requests': () => ({ body: pending }),
      'POST /api/teacher-requests/g1/approve': () => {
        pending = [];
        return { body: request({ status: 'active', decidedAt: '2027-01-11T03:00:00.000Z' }) };
      },
    });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<TeacherRequests country="TH" />);

    const item = await screen.findByRole('listitem');
    expect(item.textContent).toContain('Somchai Jaidee');
    expect(item.textContent).toContain('email at school.ac.th');
    expect(item.textContent).toContain('School: Bangkok Wittaya School');
    expect(item.textContent).toContain('(2 approved teachers already)');
    expect(calls[0]?.path).toBe('/api/teacher-requests?country=TH&status=pending');

    fireEvent.click(within(item).getByRole('button', { name: 'Approve Somchai Jaidee as a teacher of Bangkok Wittaya School' }));
    expect(await screen.findByText('Somchai Jaidee is now a teacher of their school and has been told by email.')).toBeVisible();
    expect(await screen.findByText('No teacher is waiting for approval.')).toBeVisible();
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/teacher-requests/g1/approve')).toBe(true);
  });

  it('asks before refusing, and Cancel leaves the request alone', async () => {
    const { fetchStub, calls } = stubFetch({
      'GET /api/teacher-requests': () => ({ body: [request()] }),
      'POST /api/teacher-requests/g1/refuse': () => ({ body: request({ status: 'refused' }) }),
    });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<TeacherRequests country="TH" />);

    fireEvent.click(await screen.findByRole('button', { name: 'Refuse Somchai Jaidee as a teacher of Bangkok Wittaya School' }));
    const question = screen.getByRole('group', { name: 'Refuse Somchai Jaidee as a teacher of Bangkok Wittaya School?' });
    fireEvent.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Refuse Somchai Jaidee as a teacher of Bangkok Wittaya School' }));
    fireEvent.click(within(screen.getByRole('group')).getByRole('button', { name: 'Refuse' }));
    expect(await screen.findByText('The request of Somchai Jaidee was refused; they have been told by email.')).toBeVisible();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/teacher-requests/g1/refuse']);
  });

  it('speaks Japanese', async () => {
    const { fetchStub } = stubFetch({ 'GET /api/teacher-requests': () => ({ body: [] }) });
    vi.stubGlobal('fetch', fetchStub);
    await i18n.changeLanguage('ja');
    renderPage(<TeacherRequests country="TH" />);
    expect(await screen.findByText('承認待ちの教員はいません。')).toBeVisible();
    expect(screen.getByRole('heading', { name: /承認待ちの教員/ })).toBeVisible();
  });
});
