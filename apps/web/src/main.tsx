import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prepareFirstScreen } from './app/AppRoutes';
// Ant Design's components, pre-built (the theme is zero-runtime: see app/theme.ts).
import 'antd/dist/antd.css';
import './app/styles.css';

// The first screen's chunks arrive in tens of milliseconds from the cache; a slow network gets
// the screens' own loading states after a second instead of a blank page.
const ready = Promise.race([prepareFirstScreen(), new Promise((resolve) => setTimeout(resolve, 1000))]);

void ready.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
