import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { EditableRows } from '../../../../renderer/ui/EditableRows';
import { TextField } from '../../../../renderer/ui/Field';

interface Row {
  readonly key: string;
  readonly name: string;
  readonly saved?: boolean;
}

let next = 0;
function Rows({ initial, max }: { initial: readonly Row[]; max?: number }) {
  const [rows, setRows] = useState<readonly Row[]>(initial);
  return (
    <EditableRows
      legend="Sponsors"
      rows={rows}
      onChange={setRows}
      newRow={(): Row => ({ key: `new-${++next}`, name: '' })}
      isLocked={(row) => row.saved === true}
      renderLocked={(row) => <span>{row.name} (saved)</span>}
      renderRow={(row, index, update) => (
        <TextField
          label={`Sponsor ${index + 1}`}
          hideLabel
          value={row.name}
          onChange={(event) => update({ name: event.target.value })}
        />
      )}
      removeLabel={(row, index) => `Remove ${row.name || `sponsor ${index + 1}`}`}
      addLabel="Add sponsor"
      max={max}
      error={rows.length > 2 ? 'Three is a crowd.' : undefined}
    />
  );
}

describe('EditableRows (the one editable list)', () => {
  it('edits a row in place, adds a row and puts focus in it', async () => {
    const user = userEvent.setup();
    render(<Rows initial={[{ key: 'a', name: 'Foundation' }]} />);
    await user.type(screen.getByRole('textbox', { name: 'Sponsor 1' }), ' X');
    expect(screen.getByRole('textbox', { name: 'Sponsor 1' })).toHaveValue('Foundation X');
    await user.click(screen.getByRole('button', { name: 'Add sponsor' }));
    expect(screen.getByRole('textbox', { name: 'Sponsor 2' })).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Sponsors' })).toBeInTheDocument();
  });

  it('after a removal focuses the next editable row, else the add button', async () => {
    const user = userEvent.setup();
    render(
      <Rows
        initial={[
          { key: 'a', name: 'One' },
          { key: 'b', name: 'Two' },
        ]}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Remove One' }));
    expect(screen.getByRole('textbox', { name: 'Sponsor 1' })).toHaveValue('Two');
    expect(screen.getByRole('textbox', { name: 'Sponsor 1' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove Two' }));
    expect(screen.getByRole('button', { name: 'Add sponsor' })).toHaveFocus();
  });

  it('shows locked rows as text without a remove button, stops adding at the limit, and shows list errors', async () => {
    const user = userEvent.setup();
    render(<Rows initial={[{ key: 's', name: 'Ministry', saved: true }]} max={3} />);
    expect(screen.getByText('Ministry (saved)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove Ministry/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add sponsor' }));
    await user.click(screen.getByRole('button', { name: 'Add sponsor' }));
    expect(screen.getByRole('button', { name: 'Add sponsor' })).toBeDisabled();
    expect(screen.getByRole('alert')).toHaveTextContent('Three is a crowd.');
  });
});
