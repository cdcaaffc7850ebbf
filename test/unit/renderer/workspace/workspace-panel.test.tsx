import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ParleyApi, WorkspaceDetails } from '../../../../shared/contract';
import { ApiContext } from '../../../../renderer/api';
import { SessionContext, type Session } from '../../../../renderer/app/session';
import { WorkspacePanel } from '../../../../renderer/workspace/WorkspacePanel';

// jsdom has no modal dialogs yet: opening one only sets `open`, as a browser does first.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
}

const DETAILS: WorkspaceDetails = {
  name: 'field-work',
  recoveryKey: false,
  travel: null,
  lastBackup: null,
  backupsBeforePurges: [
    {
      id: 1,
      exportedAt: '2026-03-01T10:00:00.000Z',
      kind: 'backup',
      dialogueId: null,
      dialogueCodeName: null,
      sessionIds: [],
      sessionNumbers: [],
      profile: null,
      fileName: 'field-work-2026-03-01.parleybackup',
      bytes: 100,
      sha256: 'b'.repeat(64),
    },
  ],
};

function renderPanel() {
  const ok = <T,>(value: T) => Promise.resolve({ ok: true as const, value });
  const workspace = {
    details: vi.fn(() => ok(DETAILS)),
    changePassphrase: vi.fn(() => ok(DETAILS)),
    backup: vi.fn(() =>
      ok({ saved: true as const, fileName: 'field-work.parleybackup', bytes: 10, sha256: 'c'.repeat(64) }),
    ),
  };
  const api = { workspace, dialogue: { list: vi.fn(() => ok([])) } } as unknown as ParleyApi;
  const session: Session = {
    workspaceName: 'field-work',
    lock: vi.fn(),
    lockedElsewhere: () => false,
    reopen: vi.fn(),
  };
  const onClose = vi.fn();
  render(
    <ApiContext value={api}>
      <SessionContext value={session}>
        <WorkspacePanel onClose={onClose} onReopen={vi.fn()} />
      </SessionContext>
    </ApiContext>,
  );
  return { workspace, onClose, user: userEvent.setup() };
}

describe('the Workspace panel', () => {
  it('changes the passphrase only when the new one is typed twice alike, and empties every field', async () => {
    const { workspace, user } = renderPanel();
    const current = await screen.findByLabelText('Current passphrase');
    await user.type(current, 'olive-lantern-harbour-cedar-47');
    await user.type(screen.getByLabelText('New passphrase'), 'granite-meadow-compass-lantern-91');
    await user.type(screen.getByLabelText('New passphrase again'), 'granite-meadow-compass-lantern-92');
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(screen.getByLabelText('New passphrase again')).toHaveAccessibleDescription(/do not match/);
    expect(workspace.changePassphrase).not.toHaveBeenCalled();
    await user.clear(screen.getByLabelText('New passphrase again'));
    await user.type(screen.getByLabelText('New passphrase again'), 'granite-meadow-compass-lantern-91');
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
    await waitFor(() =>
      expect(workspace.changePassphrase).toHaveBeenCalledWith({
        current: 'olive-lantern-harbour-cedar-47',
        next: 'granite-meadow-compass-lantern-91',
      }),
    );
    expect(await screen.findByText(/Passphrase changed/)).toBeInTheDocument();
    for (const label of ['Current passphrase', 'New passphrase', 'New passphrase again']) {
      expect(screen.getByLabelText(label)).toHaveValue('');
    }
  });

  it('backs up through main, shows the fingerprint, and names the backups a purge left behind', async () => {
    const { workspace, user } = renderPanel();
    await user.click(await screen.findByRole('tab', { name: 'Backups' }));
    expect(screen.getByText(/made before a participant was purged/)).toBeInTheDocument();
    expect(screen.getByText('field-work-2026-03-01.parleybackup')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back up now…' }));
    expect(workspace.backup).toHaveBeenCalledWith({});
    expect(await screen.findByText('Backup field-work.parleybackup written and verified.')).toBeInTheDocument();
    expect(screen.getByText('c'.repeat(64))).toBeInTheDocument();
  });

  it('moves between tabs with the arrow keys', async () => {
    const { user } = renderPanel();
    const first = await screen.findByRole('tab', { name: 'Passphrase & recovery' });
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Backups' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Backups' })).toHaveFocus();
  });
});
