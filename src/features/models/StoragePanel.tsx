import { useModelCache, useModelsActions, useStorageInfo } from '../../state/index.ts';
import { formatBytes } from './formatModel.ts';

export function StoragePanel() {
  const storage = useStorageInfo();
  const persist = useModelsActions().requestPersistence;
  const cache = useModelCache();
  const modelBytes = Object.values(cache).reduce((n, c) => n + c.bytesCached, 0);
  return (
    <div className="space-y-2 text-sm" data-testid="storage">
      {storage ? (
        <>
          <p>
            Used by this site: <strong>{formatBytes(storage.usage)}</strong> of {formatBytes(storage.quota)} available · model weights {formatBytes(modelBytes)}
          </p>
          <p>
            Persistent storage: {storage.persisted ? <span className="text-ok">granted (the browser will not evict downloaded models)</span> : <span className="text-warn">not granted (the browser may evict models under storage pressure)</span>}{' '}
            {!storage.persisted && (
              <button type="button" className="btn ml-2" onClick={() => void persist()}>
                Request persistent storage
              </button>
            )}
          </p>
        </>
      ) : (
        <p className="text-muted">Reading storage…</p>
      )}
    </div>
  );
}
