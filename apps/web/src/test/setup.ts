// DOM matchers (toBeVisible, toHaveTextContent, toHaveAccessibleName…) on vitest's expect
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLocale, setupI18n } from '../lib/i18n';

setupI18n('en');
// the app fetches Japanese on demand, before its first paint (main.tsx); tests that switch to it read it at once
await loadLocale('ja');
// English beyond the first pages' (and its refusals) is fetched after start-up; components tested alone read it at once
await loadLocale('en');

afterEach(() => {
  cleanup();
});
