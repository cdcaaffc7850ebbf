import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RECOVERY_WORDS } from './fake-api';
import { renderApp, STRONG_PASSPHRASE } from './render';

describe('lock screen — creating a workspace', () => {
  it('offers to create a workspace when none exists, with a warning that a lost passphrase is lost', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Create a workspace' })).toBeInTheDocument();
    expect(screen.getByLabelText('Workspace name')).toHaveAccessibleDescription(/visible on disk/i);
    expect(screen.getByText(/A lost passphrase cannot be reset/)).toBeInTheDocument();
  });

  it('blocks a confirmation that does not match and never calls main', async () => {
    const { fake, user } = renderApp();
    await user.type(await screen.findByLabelText('Workspace name'), 'Work 2025');
    await user.type(screen.getByLabelText('Passphrase'), STRONG_PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm passphrase'), `${STRONG_PASSPHRASE}x`);
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    const confirmation = screen.getByLabelText('Confirm passphrase');
    expect(confirmation).toHaveAccessibleDescription(/do not match/);
    expect(confirmation).toHaveAttribute('aria-invalid', 'true');
    expect(confirmation).toHaveFocus();
    expect(fake.api.workspace.create).not.toHaveBeenCalled();
  });

  it('blocks a weak passphrase, with the hint, and never calls main', async () => {
    const { fake, user } = renderApp();
    await user.type(await screen.findByLabelText('Workspace name'), 'Work 2025');
    await user.type(screen.getByLabelText('Passphrase'), 'password1234');
    await user.type(screen.getByLabelText('Confirm passphrase'), 'password1234');
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    const passphrase = screen.getByLabelText('Passphrase');
    expect(passphrase).toHaveAccessibleDescription(/Too easy to guess/);
    expect(passphrase).toHaveFocus();
    expect(fake.api.workspace.create).not.toHaveBeenCalled();
  });

  it('shows the strength live as the passphrase is typed', async () => {
    const { user } = renderApp();
    const passphrase = await screen.findByLabelText('Passphrase');
    await user.type(passphrase, 'short');
    expect(passphrase).toHaveAccessibleDescription(/Strength: Too short/);
    await user.type(passphrase, ' quarry velvet lantern orbit');
    await waitFor(() => expect(passphrase).toHaveAccessibleDescription(/Strength: (Strong|Very strong)/));
  });

  it('refuses a workspace name that is not a safe on-disk label', async () => {
    const { fake, user } = renderApp();
    await user.type(await screen.findByLabelText('Workspace name'), '../secret');
    await user.type(screen.getByLabelText('Passphrase'), STRONG_PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm passphrase'), STRONG_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));
    expect(screen.getByLabelText('Workspace name')).toHaveAccessibleDescription(/Use letters, digits/);
    expect(fake.api.workspace.create).not.toHaveBeenCalled();
  });

  it('creates the workspace and opens it', async () => {
    const { fake, user } = renderApp();
    await user.type(await screen.findByLabelText('Workspace name'), 'Work 2025');
    await user.type(screen.getByLabelText('Passphrase'), STRONG_PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm passphrase'), STRONG_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    // The recovery key is offered first; declining opens the workspace.
    expect(await screen.findByRole('heading', { name: 'Add a recovery key?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(await screen.findByRole('heading', { name: 'Dialogues' })).toBeInTheDocument();
    expect(fake.api.workspace.create).toHaveBeenCalledWith({ name: 'Work 2025', passphrase: STRONG_PASSPHRASE });
    expect(fake.api.workspace.createRecoveryKey).not.toHaveBeenCalled();
  });

  it('offers a recovery key at creation: shown once, printable, dismissed only once written down', async () => {
    const { fake, user } = renderApp();
    await user.type(await screen.findByLabelText('Workspace name'), 'Work 2025');
    await user.type(screen.getByLabelText('Passphrase'), STRONG_PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm passphrase'), STRONG_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));
    await user.click(await screen.findByRole('button', { name: 'Make a recovery key' }));
    expect(fake.api.workspace.createRecoveryKey).toHaveBeenCalledWith({
      passphrase: STRONG_PASSPHRASE,
      replace: false,
    });
    const words = await screen.findByRole('list', { name: 'Recovery key words' });
    expect(words.textContent).toContain('24.art');
    await user.click(screen.getByRole('button', { name: 'Print recovery sheet…' }));
    expect(await screen.findByText(/Recovery sheet saved as work-recovery-key.pdf/)).toBeInTheDocument();
    const done = screen.getByRole('button', { name: 'Done — hide the words' });
    await user.click(done);
    expect(screen.getByRole('heading', { name: 'Add a recovery key?' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /written the words down/ }));
    await user.click(done);
    expect(await screen.findByRole('heading', { name: 'Dialogues' })).toBeInTheDocument();
  });

  it('names a mistyped recovery-key word before asking main, then recovers with a new passphrase', async () => {
    const { fake, user } = renderApp({ workspaces: { 'Work 2025': STRONG_PASSPHRASE } });
    await user.click(await screen.findByRole('button', { name: 'Forgot the passphrase?' }));
    const key = screen.getByLabelText('Recovery key');
    const typo = [...RECOVERY_WORDS];
    typo[4] = 'abandxn';
    await user.type(key, typo.join(' '));
    expect(key).toHaveAccessibleDescription(/Word 5 is not a recovery-key word/);
    await user.clear(key);
    await user.type(key, RECOVERY_WORDS.join(' '));
    expect(key).not.toHaveAttribute('aria-invalid');
    await user.type(screen.getByLabelText('New passphrase'), `${STRONG_PASSPHRASE}-new`);
    await user.type(screen.getByLabelText('New passphrase again'), `${STRONG_PASSPHRASE}-new`);
    await user.click(screen.getByRole('button', { name: 'Open and set the new passphrase' }));
    expect(await screen.findByRole('heading', { name: 'Dialogues' })).toBeInTheDocument();
    expect(fake.api.workspace.recover).toHaveBeenCalledWith({
      name: 'Work 2025',
      recoveryKey: RECOVERY_WORDS.join(' '),
      newPassphrase: `${STRONG_PASSPHRASE}-new`,
    });
  });

  it('shows main’s WEAK_PASSPHRASE verdict next to the passphrase, which is emptied', async () => {
    const { fake, user } = renderApp();
    fake.api.workspace.create.mockResolvedValueOnce({
      ok: false,
      error: { code: 'WEAK_PASSPHRASE', message: 'That passphrase is too easy to guess.' },
    });
    await user.type(await screen.findByLabelText('Workspace name'), 'Work 2025');
    await user.type(screen.getByLabelText('Passphrase'), STRONG_PASSPHRASE);
    await user.type(screen.getByLabelText('Confirm passphrase'), STRONG_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    const passphrase = screen.getByLabelText('Passphrase');
    await waitFor(() => expect(passphrase).toHaveAccessibleDescription(/too easy to guess/));
    expect(passphrase).toHaveValue('');
    expect(screen.getByLabelText('Confirm passphrase')).toHaveValue('');
  });
});

describe('lock screen — unlocking', () => {
  const workspaces = { 'Field office': 'ignored', 'Work 2025': STRONG_PASSPHRASE };

  it('offers the workspaces on disk, with the passphrase field focused', async () => {
    renderApp({ workspaces });
    expect(await screen.findByRole('heading', { name: 'Unlock workspace' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Workspace' })).toHaveDisplayValue('Field office');
    expect(screen.getByLabelText('Passphrase')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Create another workspace' })).toBeInTheDocument();
  });

  it('says calmly that the passphrase is wrong, keeps focus and selects the text; nothing else changes', async () => {
    const { fake, user } = renderApp({ workspaces });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Workspace' }), 'Work 2025');
    const passphrase = screen.getByLabelText('Passphrase') as HTMLInputElement;
    await user.type(passphrase, 'not the passphrase{Enter}');

    const message = await screen.findByText(/does not open this workspace/);
    expect(message.closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
    expect(passphrase).toHaveAccessibleDescription(/does not open this workspace/);
    expect(passphrase).toHaveFocus();
    expect(passphrase.selectionStart).toBe(0);
    expect(passphrase.selectionEnd).toBe('not the passphrase'.length);
    expect(screen.getByRole('combobox', { name: 'Workspace' })).toHaveDisplayValue('Work 2025');
    expect(screen.getByRole('heading', { name: 'Unlock workspace' })).toBeInTheDocument();
    expect(fake.api.workspace.unlock).toHaveBeenCalledWith({ name: 'Work 2025', passphrase: 'not the passphrase' });
  });

  it('shows a busy state while the key is derived', async () => {
    const { fake, user } = renderApp({ workspaces });
    let finish: () => void = () => {};
    fake.api.workspace.unlock.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          finish = () => resolve({ ok: true, value: { name: 'Field office' } });
        }),
    );
    await user.type(await screen.findByLabelText('Passphrase'), 'anything{Enter}');

    expect(screen.getByRole('button', { name: 'Unlock' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText(/Unlocking…/)).toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase')).toHaveAttribute('readonly');
    finish();
    expect(await screen.findByRole('heading', { name: 'Dialogues' })).toBeInTheDocument();
  });

  it('opens the workspace on the right passphrase and shows the app', async () => {
    const { fake, user } = renderApp({ workspaces });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Workspace' }), 'Work 2025');
    await user.type(screen.getByLabelText('Passphrase'), STRONG_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));

    expect(await screen.findByRole('heading', { name: 'Dialogues' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Work 2025');
    expect(fake.api.dialogue.list).toHaveBeenCalled();
  });

  it('asks for the passphrase instead of calling main with an empty one', async () => {
    const { fake, user } = renderApp({ workspaces });
    await user.click(await screen.findByRole('button', { name: 'Unlock' }));
    expect(screen.getByText('Enter the passphrase.')).toBeInTheDocument();
    expect(fake.api.workspace.unlock).not.toHaveBeenCalled();
  });

  it('switches to creating another workspace and back', async () => {
    const { user } = renderApp({ workspaces });
    await user.click(await screen.findByRole('button', { name: 'Create another workspace' }));
    expect(screen.getByRole('heading', { name: 'Create a workspace' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Unlock an existing workspace' }));
    expect(screen.getByRole('heading', { name: 'Unlock workspace' })).toBeInTheDocument();
  });
});
