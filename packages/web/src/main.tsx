import './index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { initI18n } from './app/i18n/i18n';
import { resolveLanguage } from './app/i18n/language-preference';
import { registerServiceWorker } from './app/service-worker';
import { applyTheme } from './app/theme/theme-store';

applyTheme();
const root = createRoot(document.getElementById('root')!);

// The member's and the community's language are not known yet; the SessionGate refines this.
void initI18n(resolveLanguage({})).then(() => {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

registerServiceWorker();
