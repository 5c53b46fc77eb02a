import { GpuDetails } from './GpuDetails.tsx';

export function ModelsPage() {
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <h1 id="page-title" className="text-xl font-semibold">Models</h1>
      <div className="card">
        <h2 className="mb-2 font-semibold">This device</h2>
        <GpuDetails />
      </div>
    </section>
  );
}
