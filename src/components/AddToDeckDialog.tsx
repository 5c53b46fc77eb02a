import { useId, useState, type ReactNode } from 'react';
import { CONTRAST_PRINCIPLE } from '../core/index.ts';
import { useUserDecks, type DeckTarget } from '../state/index.ts';
import { Dialog } from './Dialog.tsx';
import { DeckPicker } from './DeckPicker.tsx';

/**
 * Puts a case into a deck: pick the deck (or a new one) and, when the case has one principle, the one to contrast it
 * with (`contrast`: offered ones to pick from, e.g. the library's). `onAdd` resolves to what was done, or rejects
 * with why not.
 */
export function AddToDeckDialog({
  open,
  onClose,
  title,
  children,
  contrast,
  onAdd,
}: {
  open: boolean;
  onClose(): void;
  title: string;
  children?: ReactNode;
  /** Null: the case has its principles already. */
  contrast: { offered?: readonly string[] } | null;
  onAdd(target: DeckTarget, contrast: string): Promise<string>;
}) {
  const decks = useUserDecks();
  const listId = useId();
  const [target, setTarget] = useState('');
  const [text, setText] = useState(CONTRAST_PRINCIPLE);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const close = () => {
    setSaid(null);
    onClose();
  };
  const offered = contrast?.offered?.filter((t) => t.trim()) ?? [];
  return (
    <Dialog open={open} onClose={close} title={title}>
      <form
        className="space-y-3 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          const to: DeckTarget = target ? { deckId: target } : { newTitle: 'New deck' };
          onAdd(to, text.trim()).then(
            (m) => setSaid({ ok: true, text: `${m} Open Decks to reorder, export or present it.` }),
            (err: unknown) => setSaid({ ok: false, text: err instanceof Error ? err.message : String(err) }),
          );
        }}
      >
        {children}
        <DeckPicker className="block" decks={decks} value={target} onChange={setTarget} />
        {contrast && (
          <label className="block">
            <span className="label block">Principle to contrast with</span>
            <input className="field" value={text} onChange={(e) => setText(e.target.value)} list={offered.length > 0 ? listId : undefined} />
            {offered.length > 0 && (
              <datalist id={listId}>
                {offered.map((t) => (
                  <option key={t} value={t} />
                ))}
              </datalist>
            )}
          </label>
        )}
        <button type="submit" className="btn-primary" disabled={contrast !== null && !text.trim()}>
          Add to deck
        </button>
        {said && (
          <p role={said.ok ? 'status' : 'alert'} className={said.ok ? '' : 'font-semibold text-bad'}>
            {said.text}
          </p>
        )}
      </form>
    </Dialog>
  );
}
