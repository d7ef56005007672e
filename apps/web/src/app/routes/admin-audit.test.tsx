import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../lib/api-client';
import { renderPage, stubFetch } from '../../test/render';
import { AdminAuditRoute } from './admin-audit';

const event: Schemas['AuditEventDto'] = {
  id: '7',
  at: '2027-01-15T03:00:00.000Z',
  actorId: 'u1',
  actorName: 'Malee Judge',
  action: 'scorecard.saved',
  subjectType: 'scorecard',
  subjectId: 'card-1',
  before: { scores: { message: 3 }, version: 1 },
  after: { scores: { message: 4 }, version: 2 },
};

describe('the audit log page', () => {
  it('lists who changed what, with the state before and after, and filters by subject', async () => {
    const { fetchStub, calls } = stubFetch({ 'GET /api/audit': () => ({ body: [event] }) });
    vi.stubGlobal('fetch', fetchStub);
    renderPage(<AdminAuditRoute />);
    expect(await screen.findByRole('cell', { name: 'Malee Judge' })).toBeVisible();
    expect(screen.getByText('scorecard.saved')).toBeVisible();
    await userEvent.click(screen.getByText('Before and after'));
    expect(screen.getByText(/"message": 3/)).toBeVisible();
    expect(screen.getByText(/"message": 4/)).toBeVisible();

    await userEvent.selectOptions(screen.getByLabelText('What changed'), 'scorecard');
    await userEvent.type(screen.getByLabelText(/^Id/), 'card-1');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    await vi.waitFor(() => expect(calls.at(-1)?.path).toBe('/api/audit?limit=100&subjectType=scorecard&subjectId=card-1'));
  });
});
