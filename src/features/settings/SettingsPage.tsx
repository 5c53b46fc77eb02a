export function SettingsPage() {
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <h1 id="page-title" className="text-xl font-semibold">Settings</h1>
      <p className="text-muted">Coming soon.</p>
    </section>
  );
}
