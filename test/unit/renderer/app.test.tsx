import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render';
import { SECTIONS } from '../../../renderer/app/navigation';
import { registerNoteFlush } from '../../../renderer/notes/flush';

const unlocked = { unlocked: 'Work 2025', dialogues: [{ codeName: 'Cedar', conflict: 'Border dispute' }] };

describe('app frame', () => {
  it('shows the workspace name and every section, each one reachable', async () => {
    renderApp(unlocked);
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    expect(screen.getByRole('banner')).toHaveTextContent('Work 2025');
    expect(screen.getByRole('button', { name: 'Dialogues' })).toHaveAttribute('aria-current', 'page');
    for (const { label } of SECTIONS) {
      const item = screen.getByRole('button', { name: label });
      expect(nav).toContainElement(item);
      expect(item).toBeEnabled();
    }
    expect(SECTIONS.map((s) => s.label)).toEqual([
      'Dialogues',
      'Roster',
      'Sessions',
      'Notes',
      'Exercises',
      'Agreements',
      'Reports',
    ]);
  });

  it('per-dialogue sections work on the dialogue chosen in the top bar', async () => {
    const { user } = renderApp(unlocked);
    expect(await screen.findByText('Cedar')).toBeInTheDocument();
    expect(screen.queryByLabelText('Dialogue')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Roster' }));
    const picker = await screen.findByLabelText('Dialogue');
    expect(picker).toHaveDisplayValue('Cedar');
  });

  it('locks with the Lock button: calls workspace.lock and returns to the lock screen', async () => {
    const { fake, user } = renderApp(unlocked);
    expect(await screen.findByText('Cedar')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lock' }));

    expect(fake.api.workspace.lock).toHaveBeenCalledWith({});
    expect(await screen.findByRole('heading', { name: 'Unlock workspace' })).toBeInTheDocument();
    expect(screen.queryByText('Cedar')).not.toBeInTheDocument();
  });

  it('locks with Ctrl+L, even while typing in a field', async () => {
    const { fake, user } = renderApp(unlocked);
    await user.click(await screen.findByRole('button', { name: 'New dialogue' }));
    await user.type(screen.getByLabelText('Code name'), 'Olive');
    await user.keyboard('{Control>}l{/Control}');

    expect(fake.api.workspace.lock).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('heading', { name: 'Unlock workspace' })).toBeInTheDocument();
  });

  it('locks with Cmd+L too', async () => {
    const { fake } = renderApp(unlocked);
    await screen.findByText('Cedar');
    fireEvent.keyDown(document.body, { key: 'l', metaKey: true });
    await waitFor(() => expect(fake.api.workspace.lock).toHaveBeenCalledTimes(1));
  });

  it('returns to the lock screen when main reports a lock, dropping what was shown', async () => {
    const { fake } = renderApp(unlocked);
    expect(await screen.findByText('Cedar')).toBeInTheDocument();
    fake.lockFromMain();

    expect(await screen.findByRole('heading', { name: 'Unlock workspace' })).toBeInTheDocument();
    expect(screen.queryByText('Cedar')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    // The workspace that was open is chosen again for the unlock.
    expect(screen.getByRole('combobox', { name: 'Workspace' })).toHaveDisplayValue('Work 2025');
  });

  it('when main asks before locking, saves pending notes first, then locks itself', async () => {
    const { fake } = renderApp(unlocked);
    expect(await screen.findByText('Cedar')).toBeInTheDocument();
    const locksAtFlush: number[] = [];
    const stop = registerNoteFlush(async () => {
      locksAtFlush.push(fake.api.workspace.lock.mock.calls.length);
    });
    try {
      fake.emit('workspace.lock-requested', { reason: 'idle' });
      expect(await screen.findByRole('heading', { name: 'Unlock workspace' })).toBeInTheDocument();
      expect(locksAtFlush).toEqual([0]);
      expect(fake.api.workspace.lock).toHaveBeenCalledTimes(1);
      expect(fake.api.workspace.lock).toHaveBeenCalledWith({});
    } finally {
      stop();
    }
  });

  it('ignores a lock request while nothing is open: main locks by itself', async () => {
    const { fake } = renderApp({ ...unlocked, unlocked: undefined, workspaces: { 'Work 2025': 'x' } });
    expect(await screen.findByRole('heading', { name: 'Unlock workspace' })).toBeInTheDocument();
    fake.emit('workspace.lock-requested', { reason: 'suspend' });
    await act(async () => undefined);
    expect(fake.api.workspace.lock).not.toHaveBeenCalled();
  });

  it('returns to the lock screen when a call finds the workspace already locked', async () => {
    const { fake } = renderApp(unlocked);
    await screen.findByText('Cedar');
    fake.api.dialogue.list.mockResolvedValueOnce({
      ok: false,
      error: { code: 'WORKSPACE_LOCKED', message: 'The workspace is locked.' },
    });
    fake.api.workspace.status.mockResolvedValueOnce({
      ok: true,
      value: { state: 'locked', current: null, available: [{ name: 'Work 2025' }], autoLockMinutes: 10 },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    expect(await screen.findByRole('heading', { name: 'Unlock workspace' })).toBeInTheDocument();
  });
});
