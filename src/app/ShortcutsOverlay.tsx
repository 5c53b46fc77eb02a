import { useEffect, useState } from 'react';
import { Dialog } from '../components/Dialog.tsx';
import { isTyping as typing } from '../components/typing.ts';
import { ROUTES, navigate } from './routes.ts';

const SHORTCUTS: Array<[string, string]> = [
  ['Ctrl/Cmd + Enter', 'Run the judgment (playground)'],
  ['Alt + ↑ / ↓ (in a candidate)', 'Move the candidate up or down'],
  ['Ctrl/Cmd + Z (outside a text field)', 'Undo what the newest notice offers to undo'],
  ['?', 'Show this list'],
  ...ROUTES.map((r): [string, string] => [`Alt + ${r.key}`, `Go to ${r.label}`]),
  ['Esc', 'Close a dialog'],
];

/** Global shortcuts, and the overlay listing them (press ?). */
export function ShortcutsOverlay() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !typing(e.target) && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        setOpen(true);
      }
      if (e.altKey && !e.ctrlKey && !e.metaKey) {
        const r = ROUTES.find((x) => x.key === e.key || `Digit${x.key}` === e.code);
        if (r) {
          e.preventDefault();
          navigate(r.id);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" className="btn px-2 py-0.5 text-xs" onClick={() => setOpen(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Keyboard shortcuts">
        <table className="w-full text-sm" data-testid="shortcuts">
          <tbody>
            {SHORTCUTS.map(([k, v]) => (
              <tr key={k} className="border-b border-line">
                <th scope="row" className="py-1 pr-4 text-left font-mono text-xs">
                  {k}
                </th>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Dialog>
    </>
  );
}
