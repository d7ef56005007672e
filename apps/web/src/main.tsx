import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadFirstPages, setupI18n } from './lib/i18n';
import { AppProvider } from './app/provider';
import { AppRouter } from './app/router';
// Japanese glyphs for devices without a Japanese system font; split by unicode-range, so only the needed parts load
import './styles/app.css';

const i18n = setupI18n();

// the first paint is already in the reader's language: what the first pages read of it (one small chunk) comes first
void loadFirstPages(i18n.language)
  .catch(() => undefined) // offline or a failed chunk: English until the next load
  .finally(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <AppProvider>
          <AppRouter />
        </AppProvider>
      </StrictMode>,
    ),
  );
