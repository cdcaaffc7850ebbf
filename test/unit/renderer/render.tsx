import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiContext } from '../../../renderer/api';
import type { Session } from '../../../renderer/app/session';
import { App } from '../../../renderer/app/App';
import { createFakeApi, type FakeOptions } from './fake-api';

/** Renders the whole renderer over a fake `window.parley`, as main.tsx does over the real one. */
export function renderApp(options: FakeOptions = {}) {
  const fake = createFakeApi(options);
  const user = userEvent.setup();
  const view = render(
    <ApiContext value={fake.api}>
      <App />
    </ApiContext>,
  );
  return { ...view, fake, user };
}

/** A passphrase zxcvbn rates strong: five unrelated words. */
export const STRONG_PASSPHRASE = 'quarry velvet lantern orbit pickle';

/** The frame's session for a page rendered on its own: a workspace that never locks by itself. */
export function testSession(fields: Partial<Session> = {}): Session {
  return {
    workspaceName: 'cedar',
    lock: () => undefined,
    lockedElsewhere: () => false,
    reopen: () => undefined,
    ...fields,
  };
}
