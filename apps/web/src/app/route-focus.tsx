import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType, type Location } from 'react-router';

/** How long a new page may take to show its heading (a page's chunk and data load after the address changes). */
const WAIT_MS = 4000;
const STORE_KEY = 'clapper.scroll';

/** Where each history entry was scrolled to, by its location key: kept for the tab's life (sessionStorage). */
function readPositions(): Map<string, number> {
  try {
    const raw = window.sessionStorage.getItem(STORE_KEY);
    return new Map(raw ? (JSON.parse(raw) as [string, number][]) : []);
  } catch {
    return new Map();
  }
}

function writePositions(positions: Map<string, number>) {
  try {
    // the last 50 entries are plenty for back and forward
    window.sessionStorage.setItem(STORE_KEY, JSON.stringify([...positions].slice(-50)));
  } catch {
    // storage full or disabled: back and forward still work in memory
  }
}

/** The element a URL hash names (#section-h), if it is on the page. */
function hashTarget(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // a malformed escape: look the id up as written
  }
  return document.getElementById(id);
}

/** The page's main heading: the first h1 inside the main landmark (or anywhere, for full-screen pages). */
const mainHeading = () => document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('h1');

/** Moves focus to an element that is not focusable by itself, without scrolling it (the scroll is set apart). */
function focusWithoutScroll(el: HTMLElement) {
  if (!el.hasAttribute('tabindex') && el.tabIndex < 0) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
}

/**
 * What a full page load does, for the app's client-side navigation (the app uses <BrowserRouter>, so React Router's
 * <ScrollRestoration> is not available): a new page opens at its top, or at the element its URL hash names, and the
 * focus moves to the page's main heading so that keyboard and screen-reader users start there (the heading is read
 * out as the new page's name); back and forward return to where each page was scrolled. A page that is still loading
 * (its chunk or its data) is waited for, until its heading or the named element shows. A change of the query string
 * alone (a list's filters) keeps the scroll and the focus where they are.
 */
export function useRouteScrollAndFocus() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const positions = useRef<Map<string, number> | null>(null);
  const currentKey = useRef(location.key);
  const previous = useRef<Location | null>(null);

  // the browser's own restoration would jump before the new page has rendered
  useEffect(() => {
    if (!('scrollRestoration' in window.history)) return;
    const before = window.history.scrollRestoration;
    window.history.scrollRestoration = 'manual';
    return () => {
      window.history.scrollRestoration = before;
    };
  }, []);

  // where the current entry is scrolled to, noted as the reader scrolls
  useEffect(() => {
    positions.current ??= readPositions();
    let frame = 0;
    const note = () => {
      if (frame) return;
      frame = window.requestAnimationFrame(() => {
        frame = 0;
        positions.current!.set(currentKey.current, window.scrollY);
      });
    };
    const save = () => writePositions(positions.current!);
    window.addEventListener('scroll', note, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener('scroll', note);
      window.removeEventListener('pagehide', save);
      save();
    };
  }, []);

  // before the browser paints the new page: from now on, scrolling belongs to the new entry
  useLayoutEffect(() => {
    currentKey.current = location.key;
  }, [location.key]);

  useEffect(() => {
    positions.current ??= readPositions();
    const before = previous.current;
    previous.current = location;
    const firstLoad = before === null;
    const newPage = !firstLoad && before.pathname !== location.pathname;
    const newHash = location.hash !== (before?.hash ?? '') && location.hash.length > 1;
    const saved = navigationType === NavigationType.Pop && !firstLoad ? positions.current.get(location.key) : undefined;
    // a filter or a page of a list: the reader stays where they are
    if (!firstLoad && !newPage && !newHash && saved === undefined) return;
    // on the first load the browser has put the focus and the scroll where they belong, except for a hash the page
    // renders later
    if (firstLoad && !newHash) return;

    const start = Date.now();
    let focused: HTMLElement | null = null;
    let done = false;
    /** One attempt; true once nothing is left to wait for. */
    const attempt = (): boolean => {
      if (saved !== undefined) {
        window.scrollTo(0, saved);
        // the page is not tall enough yet: its content is still loading
        const reached = Math.abs(window.scrollY - saved) < 2;
        const heading = mainHeading();
        if (newPage && heading && (!focused || !focused.isConnected)) focusWithoutScroll((focused = heading));
        return reached && (!newPage || focused !== null);
      }
      const target = newHash ? hashTarget(location.hash) : null;
      if (target) {
        target.scrollIntoView({ block: 'start' });
        focusWithoutScroll(target);
        return true;
      }
      if (newHash && !newPage) return false;
      const heading = mainHeading();
      // still loading, or focused already: keep watching, for the page replacing its loading heading by its own
      if (!heading || heading === focused) return false;
      if (focused) {
        // the page moved the focus somewhere itself (a form, a dialog): leave it there
        if (document.activeElement && document.activeElement !== document.body) return true;
      } else window.scrollTo(0, 0);
      focusWithoutScroll((focused = heading));
      return false;
    };
    if (attempt()) return;
    // wait for the page to render what is missing, and stop as soon as the reader takes over
    const observer = new MutationObserver(() => {
      if (done) return;
      if (attempt() || Date.now() - start > WAIT_MS) stop();
    });
    const timer = window.setTimeout(() => stop(), WAIT_MS);
    const stop = () => {
      done = true;
      observer.disconnect();
      window.clearTimeout(timer);
      for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const) window.removeEventListener(type, stop, true);
    };
    observer.observe(document.body, { childList: true, subtree: true });
    for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const) window.addEventListener(type, stop, true);
    return stop;
    // keyed by the history entry: a new entry, even to the same address, is a new visit
  }, [location.key]);
}

/** Mounted once in the shell: see useRouteScrollAndFocus. */
export function RouteScrollAndFocus() {
  useRouteScrollAndFocus();
  return null;
}
