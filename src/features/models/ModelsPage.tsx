import { useEffect } from 'react';
import { useContextWindow, useModelsActions, useSettingsActions, useUserModels } from '../../state/index.ts';
import { GpuDetails } from './GpuDetails.tsx';
import { LoadStatus } from './LoadStatus.tsx';
import { ModelTable } from './ModelTable.tsx';
import { RewardAnythingSetup } from './RewardAnythingSetup.tsx';
import { CustomModelForm } from './CustomModelForm.tsx';
import { StoragePanel } from './StoragePanel.tsx';
import { DeviceBenchmark } from './DeviceBenchmark.tsx';

export function ModelsPage() {
  const refreshCache = useModelsActions().refreshCache;
  const refreshStorage = useModelsActions().refreshStorage;
  const contextWindow = useContextWindow();
  const setContextWindow = useSettingsActions().setContextWindow;
  const userModels = useUserModels();
  useEffect(() => {
    void refreshCache();
    void refreshStorage();
  }, [refreshCache, refreshStorage, userModels]);
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <h1 id="page-title" className="text-xl font-semibold">
        Models
      </h1>
      <div className="card space-y-2">
        <h2 className="font-semibold">Engine</h2>
        <LoadStatus />
      </div>
      <div className="card space-y-3">
        <div className="flex flex-wrap items-end gap-3">
          <h2 className="font-semibold">Catalog</h2>
          <div className="ml-auto">
            <label htmlFor="ctx-window" className="label">
              Context window (tokens)
            </label>
            <select id="ctx-window" className="field w-auto" value={contextWindow} onChange={(e) => setContextWindow(Number(e.target.value))}>
              {[2048, 4096, 8192, 12288, 16384, 32768].map((n) => (
                <option key={n} value={n}>
                  {n.toLocaleString('en-US')}
                  {n === 8192 ? ' (default)' : ''}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="hint">
          Applies to the next load. 8,192 fits a judging prompt (~3k tokens) plus the reasoning; WebLLM's own Qwen3 default of 4,096 is too small. Larger windows need more GPU memory.
        </p>
        <ModelTable />
      </div>
      <div className="card space-y-2">
        <h2 className="font-semibold">RewardAnything-8B-v1</h2>
        <RewardAnythingSetup />
      </div>
      <div className="card space-y-2">
        <h2 className="font-semibold">Custom MLC model</h2>
        <CustomModelForm />
      </div>
      <div className="card space-y-2">
        <h2 className="font-semibold">This device</h2>
        <GpuDetails />
        <StoragePanel />
      </div>
      <DeviceBenchmark />
    </section>
  );
}
