import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/app.scss';

// govuk-frontend's JavaScript refuses to run unless the body says it is supported.
document.body.classList.add('govuk-frontend-supported');

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
