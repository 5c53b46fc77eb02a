import { useState } from 'react';
import { useLibrary, useLibraryActions, useWorkspacePrinciple } from '../../state/index.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { shortenAtWord } from '../../core/index.ts';

/** Saves the principle being edited to the library, as a new entry or as a new version of one. */
export function SavePrincipleButton() {
  const text = useWorkspacePrinciple();
  const library = useLibrary();
  const savePrinciple = useLibraryActions().savePrinciple;
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [tags, setTags] = useState('');
  const [target, setTarget] = useState<string>('new');
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} disabled={!text.trim()}>
        Save…
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Save principle to your library">
        <form
          className="space-y-3"
          onSubmit={async (e) => {
            e.preventDefault();
            const existing = library.find((p) => p.id === target);
            // A failed save is shown by the page's save alert; the dialog stays open with what was typed.
            const saved = await savePrinciple({
              id: existing?.id,
              name: existing && !name.trim() ? existing.name : name.trim() || shortenAtWord(text, 40),
              tags: tags.split(',').map((t) => t.trim()).filter(Boolean),
              text,
            }).catch(() => null);
            if (!saved) return;
            setDone(`Saved "${saved.name}" (version ${saved.versions.length}).`);
            setOpen(false);
          }}
        >
          <div>
            <label className="label" htmlFor="save-target">
              Save as
            </label>
            <select id="save-target" className="field" value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="new">A new principle</option>
              {library.map((p) => (
                <option key={p.id} value={p.id}>
                  New version of “{p.name}”
                </option>
              ))}
            </select>
          </div>
          <div>
            <label className="label" htmlFor="save-name">
              Name
            </label>
            <input id="save-name" className="field" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Correct, then concise" />
          </div>
          <div>
            <label className="label" htmlFor="save-tags">
              Tags (comma-separated)
            </label>
            <input id="save-tags" className="field" value={tags} onChange={(e) => setTags(e.target.value)} placeholder="style, teaching" />
          </div>
          <button type="submit" className="btn-primary">
            Save
          </button>
        </form>
      </Dialog>
      {done && (
        <span role="status" className="sr-only">
          {done}
        </span>
      )}
    </>
  );
}
