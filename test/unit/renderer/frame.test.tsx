import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './render';

const unlocked = { unlocked: 'Work 2025', dialogues: [{ codeName: 'Cedar', conflict: 'Border dispute' }] };

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe('the frame’s settings (kept in the workspace)', () => {
  it('reads the workspace’s settings before showing any page, and follows them', async () => {
    renderApp({ ...unlocked, settings: { privacyScreen: true, theme: 'dark', sidebar: 'collapsed' } });
    const toggle = await screen.findByRole('button', { name: 'Privacy screen' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(screen.getByRole('button', { name: 'Show icons only' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('switches the privacy screen from the toolbar and with Ctrl/Cmd+Shift+H, and stores it', async () => {
    const { fake, user } = renderApp(unlocked);
    const toggle = await screen.findByRole('button', { name: 'Privacy screen' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(toggle).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+H Meta+Shift+H');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(fake.api.settings.update).toHaveBeenLastCalledWith({ privacyScreen: true }));
    expect(toggle).toHaveTextContent('On');
    // From inside a field too: the shortcut is for the moment someone looks over a shoulder.
    await user.click(screen.getByRole('button', { name: /New dialogue/ }));
    await user.click(await screen.findByRole('textbox', { name: /Code name/ }));
    await user.keyboard('{Control>}{Shift>}h{/Shift}{/Control}');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('{Meta>}{Shift>}H{/Shift}{/Meta}');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(fake.settings.privacyScreen).toBe(true);
  });

  it('chooses the theme (system, light, dark) and keeps it with the workspace', async () => {
    const { fake, user } = renderApp(unlocked);
    const button = await screen.findByRole('button', { name: 'Theme: Same as the system' });
    expect(document.documentElement.dataset.theme).toBeUndefined();
    await user.click(button);
    const dark = screen.getByRole('radio', { name: 'Dark' });
    await user.click(dark);
    expect(document.documentElement.dataset.theme).toBe('dark');
    await waitFor(() => expect(fake.api.settings.update).toHaveBeenLastCalledWith({ theme: 'dark' }));
    await user.click(screen.getByRole('radio', { name: 'Same as the system' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
    // Escape closes the menu and gives focus back to its button.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Theme: Same as the system' })).toHaveFocus();
  });

  it('shows icons only when asked, and remembers it', async () => {
    const { fake, user } = renderApp(unlocked);
    const collapse = await screen.findByRole('button', { name: 'Show icons only' });
    await user.click(collapse);
    expect(collapse).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelector('.frame')).toHaveClass('frame--collapsed');
    // Names stay for assistive tech and as tooltips.
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('button', { name: 'Roster' })).toHaveAttribute('title', 'Roster');
    await waitFor(() => expect(fake.settings.sidebar).toBe('collapsed'));
  });

  it('falls back to the privacy screen on when the settings cannot be read, and says so', async () => {
    const { fake } = renderApp({ ...unlocked, unlocked: undefined, workspaces: { 'Work 2025': 'right passphrase' } });
    fake.api.settings.get.mockResolvedValueOnce({
      ok: false,
      error: { code: 'WORKSPACE_CORRUPT', message: 'Damaged.' },
    });
    const { user } = { user: (await import('@testing-library/user-event')).default.setup() };
    await user.type(await screen.findByLabelText('Passphrase', { exact: true }), 'right passphrase{Enter}');
    const toggle = await screen.findByRole('button', { name: 'Privacy screen' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('settings could not be read, so the privacy screen is on');
  });
});

describe('keyboard and focus', () => {
  it('puts focus on the page’s heading after unlocking and after choosing a section', async () => {
    const { user } = renderApp({ ...unlocked, unlocked: undefined, workspaces: { 'Work 2025': 'right passphrase' } });
    await user.type(await screen.findByLabelText('Passphrase', { exact: true }), 'right passphrase{Enter}');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Dialogues' });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Roster' }));
    const roster = await screen.findByRole('heading', { level: 1, name: 'Roster · Cedar' });
    await waitFor(() => expect(roster).toHaveFocus());
  });

  it('has a skip link first in the tab order that takes focus to the page', async () => {
    const { user } = renderApp(unlocked);
    await screen.findByRole('heading', { level: 1, name: 'Dialogues' });
    document.body.focus();
    (document.activeElement as HTMLElement | null)?.blur();
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: 'Dialogues' })).toHaveFocus();
  });
});
