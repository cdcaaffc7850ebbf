import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TabList, TabPanel, Tabs } from '../../../../renderer/ui/Tabs';

const TABS = [
  { id: 'library', label: 'Exercise library' },
  { id: 'trust', label: 'Trust readings' },
  { id: 'overton', label: 'Overton window' },
] as const;
type Id = (typeof TABS)[number]['id'];

function Section({ variant }: { variant?: 'underline' | 'segmented' }) {
  const [tab, setTab] = useState<Id>('library');
  return (
    <>
      <button type="button">Before</button>
      <Tabs label="Trust-building" idBase="t" tabs={TABS} selected={tab} onSelect={setTab} variant={variant}>
        <p>Content of {tab}</p>
      </Tabs>
      <button type="button">After</button>
    </>
  );
}

describe('Tabs', () => {
  it('names the tab list, and ties each tab to its panel both ways', () => {
    render(<Section />);
    const list = screen.getByRole('tablist', { name: 'Trust-building' });
    expect(list).toHaveClass('tabs');
    const current = screen.getByRole('tab', { name: 'Exercise library', selected: true });
    const panel = screen.getByRole('tabpanel', { name: 'Exercise library' });
    expect(current).toHaveAttribute('aria-controls', panel.id);
    expect(panel).toHaveAttribute('aria-labelledby', current.id);
    expect(panel).toHaveTextContent('Content of library');
    expect(screen.getByRole('tab', { name: 'Trust readings' })).toHaveAttribute('aria-selected', 'false');
  });

  it('puts only the selected tab in the Tab order (roving tabindex)', async () => {
    const user = userEvent.setup();
    render(<Section />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(screen.getByRole('tab', { name: 'Exercise library' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
  });

  it('moves and shows with the arrows, wrapping at both ends (automatic activation)', async () => {
    const user = userEvent.setup();
    render(<Section />);
    await user.click(screen.getByRole('tab', { name: 'Exercise library' }));
    await user.keyboard('{ArrowRight}');
    const trust = screen.getByRole('tab', { name: 'Trust readings' });
    expect(trust).toHaveFocus();
    expect(trust).toHaveAttribute('aria-selected', 'true');
    expect(trust).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Content of trust');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Exercise library', selected: true })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Overton window', selected: true })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Overton window' })).toHaveTextContent('Content of overton');
  });

  it('jumps to the first and last tab with Home and End', async () => {
    const user = userEvent.setup();
    render(<Section />);
    await user.click(screen.getByRole('tab', { name: 'Trust readings' }));
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Overton window', selected: true })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Exercise library', selected: true })).toHaveFocus();
  });

  it('leaves other keys and modified arrows alone', async () => {
    const user = userEvent.setup();
    render(<Section />);
    await user.click(screen.getByRole('tab', { name: 'Exercise library' }));
    await user.keyboard('{ArrowDown}{Alt>}{ArrowRight}{/Alt}x');
    expect(screen.getByRole('tab', { name: 'Exercise library', selected: true })).toHaveFocus();
  });

  it('shows a clicked tab', async () => {
    const user = userEvent.setup();
    render(<Section />);
    await user.click(screen.getByRole('tab', { name: 'Overton window' }));
    expect(screen.getByRole('tab', { name: 'Overton window' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Content of overton');
  });

  it('draws the segmented variant as options in one frame', () => {
    render(<Section variant="segmented" />);
    expect(screen.getByRole('tablist')).toHaveClass('segmented');
    expect(screen.getAllByRole('tab').every((tab) => tab.classList.contains('segmented__option'))).toBe(true);
  });

  it('keeps a hidden panel mounted but out of the accessibility tree', () => {
    render(
      <>
        <TabList label="Draft" idBase="d" tabs={TABS} selected="trust" onSelect={() => undefined} />
        <TabPanel idBase="d" tab="library" hidden>
          <textarea aria-label="Clause text" defaultValue="Unsaved words" />
        </TabPanel>
        <TabPanel idBase="d" tab="trust">
          Shown
        </TabPanel>
      </>,
    );
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
    expect(screen.getByRole('tabpanel', { name: 'Trust readings' })).toHaveTextContent('Shown');
    expect(screen.getByRole('textbox', { name: 'Clause text', hidden: true })).toHaveValue('Unsaved words');
  });
});
