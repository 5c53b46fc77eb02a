import { useCallback, useState } from 'react';
import { Dialog } from '../components/Dialog.tsx';
import { COMMANDS } from './commands/registry.ts';
import { SHORTCUTS, formatChord } from './commands/shortcuts.ts';
import { useCommandKeys } from './commands/useCommandKeys.ts';

/** The app's keyboard commands, and the overlay listing them (press ?): both come from the one registry. */
export function ShortcutsOverlay() {
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  useCommandKeys(show);
  return (
    <>
      <button type="button" className="btn px-2 py-0.5 text-xs" onClick={show} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Keyboard shortcuts">
        <table className="w-full text-sm" data-testid="shortcuts">
          <tbody>
            {COMMANDS.map((c) => (
              <tr key={c.id} className="border-b border-line" data-command={c.id}>
                <th scope="row" className="py-1 pr-4 text-left font-mono text-xs">
                  {SHORTCUTS[c.id].map(formatChord).join(' or ')}
                </th>
                <td>{c.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Dialog>
    </>
  );
}
