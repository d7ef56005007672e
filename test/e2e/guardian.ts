import { expect, type APIRequestContext } from '@playwright/test';
import { ok } from './judging-data';

/**
 * The guardian's consent link is only ever in the email sent to the guardian (the team never sees it): tests read it
 * where the guardian would, from the newest email to that address in the organisers' outbox (where mail lands when no
 * SMTP is configured). Answers the path, /consent/<token>.
 */
export async function guardianLinkFor(organiser: APIRequestContext, to: string): Promise<string> {
  let path = '';
  await expect
    .poll(
      async () => {
        const outbox = await ok<{ items: { to: string; kind: string; text: string }[] }>(organiser.get('/api/admin/outbox?limit=100'));
        const mail = outbox.items.find((m) => m.to === to.toLowerCase() && m.kind === 'guardian-consent');
        path = mail?.text.match(/\/consent\/[A-Za-z0-9_-]{20,}/)?.[0] ?? '';
        return path;
      },
      { message: `a guardian consent email to ${to}`, timeout: 10_000 },
    )
    .not.toBe('');
  return path;
}

/** A unique address for a test's guardian. */
export const guardianEmail = (name: string) => `guardian.${name.toLowerCase().replace(/[^a-z]+/g, '-')}.${Date.now()}@e2e.clapper.test`;
