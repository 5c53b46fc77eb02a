export function PlaygroundPage() {
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <h1 id="page-title" className="text-xl font-semibold">Playground</h1>
      <p className="text-muted">Coming soon.</p>
    </section>
  );
}
