import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../runtime-ui/src/common/i18n.js';
import { SessionProvider } from '../../runtime-ui/src/common/session.js';
import '../../runtime-ui/src/styles.css';
import './admin.css';
import { AdminApp } from './admin-app.js';

const root = document.getElementById('root');
if (root === null) throw new Error('No #root element');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <AdminApp />
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
