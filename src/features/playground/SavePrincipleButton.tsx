import { useState } from 'react';
import { useLibrary, useLibraryActions, useWorkspacePrinciple } from '../../state/index.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { shortenAtWord } from '../../core/index.ts';

/** Saves the principle being edited to the library, as a new entry or as a new version of one. */
export function SavePrincipleButton() {
  const text = useWorkspacePrinciple();
  const library = useLibrary();
  const savePrinciple = useLibraryActions().savePrinciple;
  const [name, setName] = useState('');
  const [tags, setTags] = useState('');
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<string>('new');
  const [done, setDone] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Said in the dialog when the save stored nothing: the principle already had this text, name and tags.
  const [nothing, setNothing] = useState<string | null>(null);
  const close = () => {
    setOpen(false);
    setNothing(null);
  };
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} disabled={!text.trim()}>
        Save…
      </button>
      <Dialog open={open} onClose={close} title="Save principle to your library">
        <form
          className="space-y-3"
          onSubmit={async (e) => {
            e.preventDefault();
            const existing = library.find((p) => p.id === target);
            setSaving(true);
            setNothing(null);
            // A failed save is shown by the page's save alert; the dialog stays open with what was typed.
            const outcome = await savePrinciple({
              id: existing?.id,
              name: existing && !name.trim() ? existing.name : name.trim() || shortenAtWord(text, 40),
              tags: tags.split(',').map((t) => t.trim()).filter(Boolean),
              text,
            }).catch(() => null);
            setSaving(false);
            if (!outcome) return;
            const { principle: saved, change } = outcome;
            const version = saved.versions.length;
            // Nothing was stored: no success is claimed, and the dialog stays open to say so.
            if (change === 'unchanged') return setNothing(`Nothing new to save: “${saved.name}” already has this text (version ${version}).`);
            setDone(`Saved "${saved.name}" (version ${version}).`);
            close();
          }}
        >
          <div>
            <label className="label" htmlFor="save-target">
              Save as
            </label>
            <select
              id="save-target"
              className="field"
              value={target}
              onChange={(e) => {
                setTarget(e.target.value);
                setNothing(null);
              }}
            >
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
          {nothing && (
            <p role="status" className="text-sm" data-testid="save-unchanged">
              {nothing}
            </p>
          )}
          <button type="submit" className="btn-primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
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
