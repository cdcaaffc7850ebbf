import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DialogueView, WorkspaceSettings } from '../../../../shared/contract';
import { ApiContext } from '../../../../renderer/api';
import { SessionsPage, type SessionsPageProps } from '../../../../renderer/sessions/SessionsPage';
import { dialogueView } from '../fake-api';
import { TestFrame } from '../frame';
import { createSessionsFake, type SessionsFake, type SessionsFakeOptions } from './fake-sessions';

export function cedarDialogue(): DialogueView {
  return dialogueView({
    id: 'd0000000-0000-4000-8000-000000000001',
    codeName: 'Cedar',
    parties: [
      { id: 'p0000000-0000-4000-8000-00000000000a', dialogueId: 'd', name: 'Side A', kind: 'side', position: 0 },
      { id: 'p0000000-0000-4000-8000-00000000000b', dialogueId: 'd', name: 'الجانب ب', kind: 'side', position: 1 },
    ],
  });
}

/** The Sessions page of one dialogue over the in-memory fake, as the app frame would show it. */
export function renderSessions(
  options: Partial<SessionsFakeOptions> &
    Partial<Omit<SessionsPageProps, 'dialogue'>> & {
      seed?: (fake: SessionsFake) => void;
      settings?: Partial<WorkspaceSettings>;
    } = {},
) {
  const dialogue = options.dialogue ?? cedarDialogue();
  const fake = createSessionsFake({ dialogue, ...options });
  options.seed?.(fake);
  const user = userEvent.setup();
  const view = render(
    <ApiContext value={fake.api}>
      <TestFrame settings={options.settings}>
        <SessionsPage
          dialogue={dialogue}
          today={options.today ?? '2026-05-01'}
          clock={options.clock}
          renderNoteCapture={options.renderNoteCapture}
        />
      </TestFrame>
    </ApiContext>,
  );
  return { ...view, fake, user, dialogue };
}
