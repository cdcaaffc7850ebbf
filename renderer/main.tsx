import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext, parley } from './api';
import { App } from './app/App';
import './styles/fonts';
import './styles/tokens.css';
import './styles/base.css';
import './ui/ui.css';
import './ui/layout.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <ApiContext value={parley()}>
      <App />
    </ApiContext>
  </StrictMode>,
);
