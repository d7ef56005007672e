import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** The WCAG 2.2 AA rule set: what axe can check automatically of levels A and AA, up to 2.2. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Violations at these impacts fail a page; minor and moderate ones are listed in the test's output only. */
const BLOCKING = new Set(['serious', 'critical']);

function describe(v: Result): string {
  const targets = v.nodes
    .slice(0, 4)
    .map((n) => `      ${n.target.map(String).join(' → ')}${n.failureSummary ? `\n        ${n.failureSummary.split('\n').slice(1, 3).join(' ').trim()}` : ''}`);
  const more = v.nodes.length > 4 ? [`      … and ${v.nodes.length - 4} more`] : [];
  return [`  ${v.id} (${v.impact}): ${v.help}`, ...targets, ...more].join('\n');
}

/**
 * Runs axe on the page as it is now and fails (softly, so that every page of a walk is reported) when any
 * violation is serious or critical, with a readable list: rule, impact, help and the first few elements.
 * Wait for the page's data first: a page checked while loading proves little. Nothing is excluded: every element
 * on the app's pages is the app's own (the video players' controls are the browser's, and axe does not enter them).
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Only the violations are computed (passes and incomplete results cost time), and axe runs in the page itself
  // (legacy mode): the default cross-frame mode opens a blank page for every check, which costs seconds each, and
  // the app has no frames to reach.
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true)
    .analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const minor = results.violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (minor.length) console.log(`[a11y] ${label}: ${minor.length} minor or moderate finding(s)\n${minor.map(describe).join('\n')}`);
  const report = blocking.length
    ? `${label} (${page.url()}): ${blocking.length} serious or critical WCAG violation(s)\n${blocking.map(describe).join('\n')}`
    : '';
  expect.soft(blocking.length, report).toBe(0);
}
