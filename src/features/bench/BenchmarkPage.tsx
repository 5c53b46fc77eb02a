import { lazy, Suspense } from 'react';

// The benchmark UI loads on first visit, keeping it out of the app's initial JavaScript.
const Body = lazy(() => import('./BenchPageBody.tsx'));

export function BenchmarkPage() {
  return (
    <Suspense
      fallback={
        <section aria-labelledby="page-title" className="space-y-4">
          <h1 id="page-title" className="text-xl font-semibold">
            Benchmark
          </h1>
          <p className="text-muted" role="status">
            Loading…
          </p>
        </section>
      }
    >
      <Body />
    </Suspense>
  );
}
