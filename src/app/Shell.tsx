import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { ROUTES, useRoute, type RouteId } from './useRoute.ts';
import { useDecksActions, useGpuActions, useLibraryActions, useToasts, useToastsActions } from '../state/index.ts';
import { GpuBadge } from '../features/models/GpuBadge.tsx';
import { PlaygroundPage } from '../features/playground/PlaygroundPage.tsx';
import { BenchmarkPage } from '../features/bench/BenchmarkPage.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import { ShortcutsOverlay } from './ShortcutsOverlay.tsx';
import { openSharedCaseFromHash, type SharedOpen } from './openSharedCase.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { SaveProblems } from './SaveProblems.tsx';
import { PageBoundary } from './PageBoundary.tsx';
import { OpenCaseDialog } from './OpenCaseDialog.tsx';
import { Toasts } from '../components/Toasts.tsx';

// The Playground (the first page most visits open) and the Benchmark shell (it loads its own body) come with the
// app; the other pages load when first opened, keeping the initial JavaScript within its budget.
const ComparePage = lazy(() => import('../features/compare/ComparePage.tsx').then((m) => ({ default: m.ComparePage })));
const ModelsPage = lazy(() => import('../features/models/ModelsPage.tsx').then((m) => ({ default: m.ModelsPage })));
const LibraryPage = lazy(() => import('../features/library/LibraryPage.tsx').then((m) => ({ default: m.LibraryPage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage.tsx').then((m) => ({ default: m.SettingsPage })));
const DecksPage = lazy(() => import('../features/decks/DecksPage.tsx').then((m) => ({ default: m.DecksPage })));
const PresentPage = lazy(() => import('../features/present/PresentPage.tsx').then((m) => ({ default: m.PresentPage })));

const PAGES: Record<RouteId, ComponentType> = {
  playground: PlaygroundPage,
  compare: ComparePage,
  bench: BenchmarkPage,
  models: ModelsPage,
  library: LibraryPage,
  settings: SettingsPage,
  decks: DecksPage,
  present: PresentPage,
};

export function Shell() {
  const route = useRoute();
  const probeGpu = useGpuActions().probeGpu;
  const [shared, setShared] = useState<SharedOpen>(null);
  const loadLibrary = useLibraryActions().loadLibrary;
  const loadDecks = useDecksActions().loadDecks;
  const toasts = useToasts();
  const runToastAction = useToastsActions().runToastAction;
  const dismissToast = useToastsActions().dismissToast;
  useEffect(() => {
    void probeGpu();
    void loadLibrary();
    void loadDecks();
  }, [probeGpu, loadLibrary, loadDecks]);
  useEffect(() => {
    const open = () => openSharedCaseFromHash(setShared);
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, []);
  const Page = PAGES[route];
  // Presentation mode keeps the header to one row at projector width (1280 px): the nav scrolls instead of wrapping.
  const presenting = route === 'present';
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-line bg-surface">
        <div className={`mx-auto flex items-center gap-4 px-4 ${presenting ? 'max-w-none flex-nowrap py-1' : 'max-w-7xl flex-wrap py-2'}`}>
          <span className={`font-semibold ${presenting ? 'shrink-0 text-sm' : ''}`}>RewardAnything Playground</span>
          <nav aria-label="Main" className={`flex gap-1 ${presenting ? 'min-w-0 flex-nowrap overflow-x-auto' : 'flex-wrap'}`}>
            {ROUTES.map((r) => (
              <a
                key={r.id}
                href={`#/${r.id}`}
                aria-current={route === r.id ? 'page' : undefined}
                className={`shrink-0 rounded-md px-2.5 py-1 text-sm ${route === r.id ? 'bg-accent-soft font-semibold text-ink' : 'text-muted hover:text-ink'}`}
              >
                {r.label}
              </a>
            ))}
          </nav>
          <div className="ml-auto flex shrink-0 items-center gap-3">
            <GpuBadge />
            <ThemeToggle />
            <ShortcutsOverlay />
          </div>
        </div>
      </header>
      <main id="main" className={`mx-auto w-full flex-1 px-4 ${route === 'present' ? 'max-w-none py-3' : 'max-w-7xl py-6'}`} tabIndex={-1}>
        <SaveProblems />
        {shared && (
          <div className="mb-4" data-testid="shared-notice">
            {shared.opened ? (
              <p role="status" className="rounded-md border border-line bg-surface p-3 text-sm">
                Opened a shared case{shared.withResult ? ' with its result' : ''}. Nothing was fetched: it came from the link itself.{' '}
                <button type="button" className="underline" onClick={() => setShared(null)}>
                  Dismiss
                </button>
              </p>
            ) : (
              <ErrorNotice error={{ kind: 'share-link', message: shared.error, advice: 'Your own work is unchanged.' }} onDismiss={() => setShared(null)} />
            )}
          </div>
        )}
        <PageBoundary key={route} page={ROUTES.find((r) => r.id === route)?.label ?? route}>
          <Suspense fallback={<p className="text-sm text-muted" role="status">Loading the page…</p>}>
            <Page />
          </Suspense>
        </PageBoundary>
      </main>
      <OpenCaseDialog />
      <Toasts toasts={toasts} onAction={runToastAction} onDismiss={dismissToast} />
    </div>
  );
}
