import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from './lib/i18n';
import { AppProvider } from './app/provider';
import { AppRouter } from './app/router';
// Japanese glyphs for devices without a Japanese system font; split by unicode-range, so only the needed parts load
import './styles/app.css';

setupI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
