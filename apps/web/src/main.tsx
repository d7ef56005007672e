import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from './lib/i18n';
import { AppProvider } from './app/provider';
import { AppRouter } from './app/router';
import './styles/app.css';

setupI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
