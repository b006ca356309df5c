import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { setupI18n } from './i18n';
import { savedUiLanguage } from './i18n/ui-language';
import { installZodMessages } from './errors/install-zod-messages';
import './styles.css';

// The saved language is read first so the app never flashes in the other one.
void savedUiLanguage().then((language) => {
  setupI18n(language);
  installZodMessages();
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
});
