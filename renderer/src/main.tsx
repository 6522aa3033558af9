import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/app.scss';

// govuk-frontend's JavaScript refuses to run unless the body says it is supported.
document.body.classList.add('govuk-frontend-supported');

// A file dropped anywhere but a drop zone would make the browser open it in
// place of the app, losing unsaved form state; drop zones handle their own.
for (const type of ['dragover', 'drop'] as const) {
  window.addEventListener(type, (event) => {
    if (!event.defaultPrevented) event.preventDefault();
  });
}

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
