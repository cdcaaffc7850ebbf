import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest globals are off, so Testing Library cannot register its own cleanup: unmount after each test.
afterEach(() => {
  cleanup();
});

// The app formats dates in the system's locale (renderer/ui/format.ts); the tests read them as a
// facilitator in the UK would, as the end-to-end tests do (playwright.config.ts: en-GB).
Object.defineProperty(window.navigator, 'language', { value: 'en-GB', configurable: true });
