import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest globals are off, so Testing Library cannot register its own cleanup: unmount after each test.
afterEach(() => {
  cleanup();
});

// findBy…/waitFor give up after 1 s by default; on a CI runner or a laptop busy with a build, a
// page's first render can take longer. Waiting longer changes nothing a test asserts: a missing
// element still fails, later. (Speed belongs in the bench, not in these tests.)
configure({ asyncUtilTimeout: 5_000 });

// The app formats dates in the system's locale (renderer/ui/format.ts); the tests read them as a
// facilitator in the UK would, as the end-to-end tests do (playwright.config.ts: en-GB).
Object.defineProperty(window.navigator, 'language', { value: 'en-GB', configurable: true });
