import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../test/render';
import { AppProvider } from './provider';
import { AppRoutes } from './router';

const chunks = vi.hoisted(() => {
  let release = () => {};
  const signIn = new Promise<void>((resolve) => (release = resolve));
  return { signIn, releaseSignIn: () => release() };
});

// the sign-in page's chunk arrives when the test says so
vi.mock('./routes/sign-in', async (importOriginal) => {
  await chunks.signIn;
  return importOriginal();
});
// a deploy replaced the sign-up page's chunk: fetching it fails
vi.mock('./routes/sign-up', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/sign-up-Old.js');
});

/** The address the router is at. */
function Address() {
  return <output data-testid="address">{useLocation().pathname}</output>;
}

function renderApp(at: string) {
  const { fetchStub } = stubFetch({
    'GET /api/auth/me': () => ({ status: 401, body: { statusCode: 401, code: 'unauthenticated', message: 'Sign in' } }),
  });
  vi.stubGlobal('fetch', fetchStub);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProvider client={client}>
      {/* as AppRouter's BrowserRouter: no transitions, so a page being left gives way to the loading state */}
      <MemoryRouter initialEntries={[at]} useTransitions={false}>
        <AppRoutes />
        <Address />
      </MemoryRouter>
    </AppProvider>,
  );
  return { address: () => screen.getByTestId('address').textContent };
}

describe('routes', () => {
  it('opens a page from its own chunk inside the shell, with the loading state until the chunk is there', async () => {
    renderApp('/forgot-password');
    // the shell is there at once; the page's place says it is loading
    expect(
      within(screen.getByRole('banner'))
        .getByRole('link', { name: /Clapper/ })
        .getAttribute('href'),
    ).toBe('/');
    expect(within(screen.getByRole('main')).getByRole('status').textContent).toBe('Loading…');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Forgot your password?' });
    expect(screen.getByRole('main').contains(heading)).toBe(true);
    expect(within(screen.getByRole('main')).queryByText('Loading…')).toBeNull();
  });

  it('shows the loading state in place of the page being left while the next page’s chunk loads', async () => {
    const { address } = renderApp('/forgot-password');
    await screen.findByRole('heading', { level: 1, name: 'Forgot your password?' });
    await userEvent.click(await within(screen.getByRole('banner')).findByRole('link', { name: 'Sign in' }));

    expect((await within(screen.getByRole('main')).findByRole('status')).textContent).toBe('Loading…');
    expect(screen.queryByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeNull();
    expect(address()).toBe('/sign-in'); // the address changes at once; the page follows when its chunk is there

    chunks.releaseSignIn();
    expect((await screen.findByRole('heading', { level: 1, name: 'Sign in' })).textContent).toBe('Sign in');
    expect(within(screen.getByRole('main')).queryByText('Loading…')).toBeNull();
  });

  it('shows the translated error, inside the shell, when a page’s chunk fails to load', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/sign-up');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong. Please try again.');
    expect(within(alert).getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('/');
    expect(screen.getByRole('main').contains(screen.getByRole('heading', { level: 1, name: 'Something went wrong' }))).toBe(true);
    // the header (and its language switcher) stay
    expect(within(screen.getByRole('banner')).getByRole<HTMLSelectElement>('combobox', { name: 'Language' }).value).toBe('en');
    expect(alert.textContent).not.toContain('Failed to fetch');
    expect(logged).toHaveBeenCalled();
  });
});
