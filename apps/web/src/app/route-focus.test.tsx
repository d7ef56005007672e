import { act, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { Link, MemoryRouter, Route, Routes, useNavigate } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RouteScrollAndFocus } from './route-focus';

// jsdom does no layout: the window scrolls where it is told, within a page this tall
let scrollY = 0;
const scrollTo = vi.fn((x: number | ScrollToOptions, y?: number) => {
  scrollY = typeof x === 'number' ? (y ?? 0) : (x.top ?? 0);
  window.dispatchEvent(new Event('scroll'));
});

beforeEach(() => {
  scrollY = 0;
  scrollTo.mockClear();
  window.sessionStorage.clear();
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => scrollY });
  vi.stubGlobal('scrollTo', scrollTo);
  window.scrollTo = scrollTo as typeof window.scrollTo;
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrollY = 900;
  });
  // the scroll listener notes positions on the next animation frame: run frames at once
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    cb(0);
    return 0;
  });
});
afterEach(() => vi.unstubAllGlobals());

function Nav() {
  const navigate = useNavigate();
  return (
    <nav>
      <Link to="/a">to A</Link>
      <Link to="/b">to B</Link>
      <Link to="/b?page=2">B page 2</Link>
      <Link to="/c#rules-h">to C rules</Link>
      <button type="button" onClick={() => void navigate(-1)}>
        back
      </button>
      <button type="button" onClick={() => void navigate(1)}>
        forward
      </button>
    </nav>
  );
}

// a page whose chunk arrives later, like the app's lazy pages
let releaseC: () => void = () => {};
const PageC = lazy(
  () =>
    new Promise<{ default: () => React.JSX.Element }>((resolve) => {
      releaseC = () =>
        resolve({
          default: () => (
            <section>
              <h1>Page C</h1>
              <h2 id="rules-h">Rules</h2>
            </section>
          ),
        });
    }),
);

function renderApp() {
  return render(
    <MemoryRouter initialEntries={['/a']} useTransitions={false}>
      <RouteScrollAndFocus />
      <Nav />
      <main>
        <Suspense fallback={<p>Loading…</p>}>
          <Routes>
            <Route path="/a" element={<h1>Page A</h1>} />
            <Route path="/b" element={<h1>Page B</h1>} />
            <Route path="/c" element={<PageC />} />
          </Routes>
        </Suspense>
      </main>
    </MemoryRouter>,
  );
}

const click = async (name: string) => {
  await act(async () => {
    screen.getByText(name).click();
    await Promise.resolve();
  });
};

describe('RouteScrollAndFocus', () => {
  it('leaves the first page alone: the browser opened it', () => {
    renderApp();
    expect(scrollTo).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(document.body);
  });

  it('opens a new page at its top with the focus on its heading, which is not in the tab order', async () => {
    renderApp();
    act(() => window.scrollTo(0, 600));
    await click('to B');
    expect(scrollY).toBe(0);
    const heading = screen.getByRole('heading', { name: 'Page B', level: 1 });
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it('returns to where each page was scrolled on back and forward', async () => {
    renderApp();
    act(() => window.scrollTo(0, 600));
    await click('to B');
    act(() => window.scrollTo(0, 250));
    await click('back');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page A');
    expect(scrollY).toBe(600);
    await click('forward');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Page B');
    expect(scrollY).toBe(250);
  });

  it('keeps the scroll and the focus when only the query string changes (a list’s next page)', async () => {
    renderApp();
    await click('to B');
    act(() => window.scrollTo(0, 400));
    scrollTo.mockClear();
    const before = document.activeElement;
    await click('B page 2');
    expect(scrollTo).not.toHaveBeenCalled();
    expect(scrollY).toBe(400);
    expect(document.activeElement).toBe(before);
  });

  it('waits for a page that is still loading, then goes to the element its hash names', async () => {
    renderApp();
    await click('to C rules');
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => {
      releaseC();
      await new Promise((r) => setTimeout(r, 0));
    });
    const rules = await screen.findByRole('heading', { name: 'Rules' });
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(rules.scrollIntoView).toHaveBeenCalled();
    expect(scrollY).toBe(900);
    expect(document.activeElement).toBe(rules);
  });

  it('follows a page that replaces its loading heading by its own', async () => {
    function Slow({ ready }: { ready: boolean }) {
      return ready ? (
        <section>
          <h1>Loaded</h1>
        </section>
      ) : (
        <div>
          <h1>Loading page</h1>
        </div>
      );
    }
    const { rerender } = render(
      <MemoryRouter initialEntries={['/a']} useTransitions={false}>
        <RouteScrollAndFocus />
        <Nav />
        <main>
          <Routes>
            <Route path="/a" element={<h1>Page A</h1>} />
            <Route path="/b" element={<Slow ready={false} />} />
          </Routes>
        </main>
      </MemoryRouter>,
    );
    await click('to B');
    expect(document.activeElement?.textContent).toBe('Loading page');
    const renderB = () =>
      rerender(
        <MemoryRouter initialEntries={['/a']} useTransitions={false}>
          <RouteScrollAndFocus />
          <Nav />
          <main>
            <Routes>
              <Route path="/a" element={<h1>Page A</h1>} />
              <Route path="/b" element={<Slow ready />} />
            </Routes>
          </main>
        </MemoryRouter>,
      );
    await act(async () => {
      renderB();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(document.activeElement?.textContent).toBe('Loaded');
  });
});
