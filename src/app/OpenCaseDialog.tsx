import { Dialog } from '../components/Dialog.tsx';
import { usePendingOpen, useWorkspace, useWorkspaceActions } from '../state/index.ts';

/** Asks before a file, link or history entry replaces work on screen that would otherwise be lost. */
export function OpenCaseDialog() {
  const pending = usePendingOpen();
  const workspace = useWorkspace();
  const confirm = useWorkspaceActions().confirmOpen;
  const cancel = useWorkspaceActions().cancelOpen;
  const n = workspace.candidates.length;
  return (
    <Dialog open={pending !== null} onClose={cancel} title="Replace your current work?">
      {pending && (
        <div className="space-y-3 text-sm" data-testid="open-case-dialog">
          <p>
            Opening {pending.source} puts its principle, prompt and {pending.case.responses.length} candidate{pending.case.responses.length === 1 ? '' : 's'} in
            the playground, in place of your principle, prompt and {n} candidate{n === 1 ? '' : 's'}, which are saved nowhere else.
          </p>
          <p className="text-muted">If you replace it, you can still undo from the notice that follows.</p>
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" className="btn" onClick={cancel} autoFocus>
              Keep my work
            </button>
            <button type="button" className="btn-primary" onClick={confirm}>
              Replace it
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
