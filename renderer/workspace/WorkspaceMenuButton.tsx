import { Settings2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../ui/Button';
import { messages } from './messages';
import { WorkspacePanel } from './WorkspacePanel';

/** The top bar's way into the Workspace panel (passphrase, recovery key, backups, travel). */
export function WorkspaceMenuButton({ onReopen }: { onReopen: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="quiet"
        onClick={() => setOpen(true)}
        icon={<Settings2 size={16} aria-hidden="true" />}
        aria-haspopup="dialog"
      >
        {messages.menuButton}
      </Button>
      {open && (
        <WorkspacePanel
          onClose={() => setOpen(false)}
          onReopen={() => {
            setOpen(false);
            onReopen();
          }}
        />
      )}
    </>
  );
}
