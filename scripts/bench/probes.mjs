// In-page instrumentation for the streaming measurement, installed with page.addInitScript before the app starts.
// Kept as a plain function: Playwright serialises it into the page.

/* global window, document, indexedDB, requestAnimationFrame, MutationObserver -- these functions run in the page */
export function installProbes() {
  const P = { longtasks: [], frames: null, judge: null, longtaskSupported: true };
  window.__perf = P;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) P.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    P.longtaskSupported = false;
  }

  /** Every animation frame's timestamp until stopped. */
  P.startFrames = () => {
    const f = { times: [], running: true };
    P.frames = f;
    const tick = (t) => {
      if (!f.running) return;
      f.times.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  P.stopFrames = () => {
    if (P.frames) P.frames.running = false;
    return P.frames ? P.frames.times : [];
  };

  /**
   * Arms a watcher for the next judgment: when the first streamed reasoning is on screen, and when the judgment
   * section leaves the running state (the final view is rendered).
   */
  P.watchJudgment = () => {
    const j = { armedAt: performance.now(), firstAt: null, doneAt: null, status: null };
    P.judge = j;
    const first = new MutationObserver(() => {
      const r = document.querySelector('[data-testid="judgment"][data-status="running"] [data-testid="reasoning"]');
      if (r && r.textContent && r.textContent !== '…') {
        j.firstAt = performance.now();
        first.disconnect();
      }
    });
    first.observe(document.body, { subtree: true, childList: true, characterData: true });
    const done = new MutationObserver(() => {
      if (j.firstAt === null) return;
      const d = document.querySelector('[data-testid="judgment"]');
      const status = d && d.getAttribute('data-status');
      if (status && status !== 'running') {
        j.doneAt = performance.now();
        j.status = status;
        done.disconnect();
      }
    });
    done.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
  };
}

/**
 * Startup: when the first interactive screen is there (page title rendered and the GPU badge present) and when that
 * frame has been painted (the task after the next animation frame).
 */
export function installStartupProbe() {
  const S = { inDomAt: null, interactiveAt: null };
  window.__startup = S;
  const check = () => {
    if (S.inDomAt !== null) return true;
    const title = document.getElementById('page-title');
    const gpu = document.querySelector('[data-testid="gpu-status"]');
    if (title && gpu && title.getClientRects().length > 0) {
      S.inDomAt = performance.now();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          S.interactiveAt = performance.now();
        };
        ch.port2.postMessage(null);
      });
      return true;
    }
    return false;
  };
  const mo = new MutationObserver(() => {
    if (check()) mo.disconnect();
  });
  mo.observe(document, { subtree: true, childList: true, attributes: true });
}

/** Reads the newest judgment record straight from IndexedDB (the app's own database). */
export async function readLatestJudgment() {
  const db = await new Promise((resolve, reject) => {
    const r = indexedDB.open('rewardanything-playground');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const all = await new Promise((resolve, reject) => {
    const r = db.transaction('judgments').objectStore('judgments').getAll();
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  db.close();
  all.sort((a, b) => b.createdAt - a.createdAt);
  const x = all[0];
  if (!x) return null;
  return { id: x.id, input: x.input, mask: x.mask, sampling: x.sampling, stats: x.stats, status: x.status, finishReason: x.finishReason, rawLength: x.raw.length };
}
