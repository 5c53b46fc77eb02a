// The bench's scale measurement (issue 16, "Keeping up"): a benchmark run of 5,000 items through the real app (the e2e
// build's bench page, the OpenAI-compatible server engine) against an HTTP/2 loopback judge that answers at once
// (h2-judge-server.mjs), 64 requests in flight. What the page spends is read from the DevTools protocol:
// - page CPU: Performance.getMetrics ProcessTime (CPU time of the page's renderer process: main thread, the app's
//   workers, compositor) and ThreadTime (the main thread alone), before and after the run;
// - the browser's other processes (network service, storage service, GPU, browser) from SystemInfo.getProcessInfo;
// - the longest main-thread task: `longtask` entries over the run (wall time, > 50 ms), and in a traced window in the
//   middle of the run each main-thread task's CPU time (trace events' tdur);
// - JS heap of the page (main thread) after garbage collection at the start, in the middle and at the end.
/* global window, document, indexedDB -- used inside page.evaluate callbacks, which run in the page */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { startH2JudgeServer, JUDGE_MODEL } from './h2-judge-server.mjs';
import { installProbes } from './probes.mjs';

export const SCALE_ITEMS = 5000;
export const SCALE_IN_FLIGHT = 64;
const TRACE_WINDOW_MS = 4000;

const TEXT = 'A response explains the steps, names what it assumes and gives an example so the reader can check it. ';

/** A RABench-format JSONL file of `n` items with 4 candidates of 150–600 characters, made here. */
export function scaleDataset(n) {
  const lines = [];
  for (let i = 0; i < n; i++) {
    const responses = {};
    for (const [k, name] of ['A', 'B', 'C', 'D'].entries()) responses[name] = TEXT.repeat(1 + ((i + k * 3) % 6)).slice(0, 150 + ((i * 37 + k * 101) % 450));
    lines.push(JSON.stringify({
      id: `scale-${String(i).padStart(5, '0')}`,
      principle: 'Prefer the answer that is complete and explains its steps.',
      domain: ['chat', 'code', 'math', 'safety'][i % 4],
      category: ['content', 'logic', 'tone', 'style', 'structure'][i % 5],
      prompt: `Invented question number ${i}: how would you check the result?`,
      responses,
      gt: { scores: { A: 5, B: 4, C: 2, D: 1 }, 'best-to-worst': ['A', 'B', 'C', 'D'] },
    }));
  }
  return Buffer.from(lines.join('\n'));
}

async function gcHeap(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

const metric = (metrics, name) => metrics.find((m) => m.name === name)?.value ?? null;

async function pageCpu(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return { processSec: metric(metrics, 'ProcessTime'), mainThreadSec: metric(metrics, 'ThreadTime'), taskSec: metric(metrics, 'TaskDuration'), scriptSec: metric(metrics, 'ScriptDuration'), layoutSec: metric(metrics, 'LayoutDuration'), styleSec: metric(metrics, 'RecalcStyleDuration') };
}

/**
 * CPU time (ms) of each thread of a process by thread name, from /proc (Linux; null elsewhere): the page's renderer
 * has CrRendererMain, a DedicatedWorker thread per worker, Compositor, raster and I/O threads.
 */
function threadCpu(pid) {
  const dir = `/proc/${pid}/task`;
  if (!existsSync(dir)) return null;
  const out = {};
  for (const tid of readdirSync(dir)) {
    try {
      const stat = readFileSync(`${dir}/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 1/100 s
      out[`${name}#${tid}`] = ms;
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

function threadCpuDelta(before, after) {
  if (!before || !after) return null;
  const byName = {};
  for (const [key, ms] of Object.entries(after)) {
    const name = key.slice(0, key.lastIndexOf('#'));
    byName[name] = (byName[name] ?? 0) + ms - (before[key] ?? 0);
  }
  return Object.fromEntries(Object.entries(byName).filter(([, ms]) => ms > 0).sort((a, b) => b[1] - a[1]));
}

async function processCpu(browserCdp) {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
  return processInfo;
}

/** Traces `ms` of the run and returns the main thread's tasks (wall and CPU ms), longest CPU first. */
async function traceMainThreadTasks(cdp, ms) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,__metadata', transferMode: 'ReportEvents' });
  await new Promise((r) => setTimeout(r, ms));
  await cdp.send('Tracing.end');
  await done;
  const isTask = (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const busiest = new Map();
  for (const e of events) if (isTask(e)) busiest.set(`${e.pid}:${e.tid}`, (busiest.get(`${e.pid}:${e.tid}`) ?? 0) + (e.tdur ?? e.dur ?? 0));
  // The page's main thread: the busiest CrRendererMain (other renderers, e.g. a spare one, sit idle).
  const main = events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .sort((a, b) => (busiest.get(`${b.pid}:${b.tid}`) ?? 0) - (busiest.get(`${a.pid}:${a.tid}`) ?? 0))[0];
  if (!main) return { tasks: 0, longestCpuMs: null, longestWallMs: null, top: [] };
  const tasks = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && isTask(e))
    .map((e) => ({ wallMs: e.dur / 1000, cpuMs: (e.tdur ?? e.dur) / 1000 }));
  tasks.sort((a, b) => b.cpuMs - a.cpuMs);
  const cpu = tasks.reduce((s, t) => s + t.cpuMs, 0);
  return { tasks: tasks.length, windowMs: ms, mainThreadCpuMs: cpu, longestCpuMs: tasks[0]?.cpuMs ?? null, longestWallMs: Math.max(0, ...tasks.map((t) => t.wallMs)), over50msCpu: tasks.filter((t) => t.cpuMs > 50).length, top: tasks.slice(0, 5) };
}

/** Reads the run back from IndexedDB: is every item's result there, under its own index and id, and parsed? */
function checkPersisted() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('rewardanything-bench');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['runs', 'results'], 'readonly');
      const runsReq = tx.objectStore('runs').getAll();
      const resultsReq = tx.objectStore('results').getAll();
      tx.oncomplete = () => {
        const run = runsReq.result.sort((a, b) => b.createdAt - a.createdAt)[0];
        const results = resultsReq.result.filter((r) => r.runId === run.id);
        let inPlace = 0;
        let failed = 0;
        const seen = new Set();
        for (const r of results) {
          if (run.itemIds[r.index] === r.itemId) inPlace++;
          if (r.failed) failed++;
          seen.add(r.itemId);
        }
        resolve({ items: run.itemIds.length, results: results.length, inPlace, distinct: seen.size, failed, status: run.status, counts: run.counts, figures: run.figures ?? null });
        db.close();
      };
    };
  });
}

/** The first rows of the run's item list as shown: their index and item id, top to bottom. */
function shownRows() {
  return [...document.querySelectorAll('[data-testid="item-row"]')].slice(0, 20).map((row) => ({ index: Number(row.getAttribute('data-index')), text: row.textContent ?? '' }));
}

/** Self time of a CPU profile by function (name, file:line), largest first. */
function selfTimes(profile) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byNode.get(profile.samples[i]);
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  const byFile = new Map();
  for (const [key, ms] of self) {
    const file = key.split(' ').pop().split(':')[0].replace(/-[\w-]{8}\.js$/, '.js') || '(native)';
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  return {
    top: [...self].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([fn, ms]) => ({ fn, ms: Math.round(ms) })),
    byFile: [...byFile].sort((a, b) => b[1] - a[1]).map(([file, ms]) => ({ file, ms: Math.round(ms) })),
  };
}

async function startProfiles(context, page) {
  const sessions = [];
  const attach = async (target, label) => {
    const s = await context.newCDPSession(target).catch(() => null);
    if (!s) return;
    await s.send('Profiler.enable');
    await s.send('Profiler.setSamplingInterval', { interval: 200 });
    await s.send('Profiler.start');
    sessions.push({ s, label });
  };
  await attach(page, 'main');
  for (const w of page.workers()) await attach(w, `worker ${w.url().split('/').pop()}`);
  // Workers the app starts later (the metrics worker starts with the first results).
  const onWorker = (w) => void attach(w, `worker ${w.url().split('/').pop()}`);
  page.on('worker', onWorker);
  return async () => {
    page.off('worker', onWorker);
    return Promise.all(sessions.map(async ({ s, label }) => ({ target: label, ...selfTimes((await s.send('Profiler.stop')).profile) })));
  };
}

/**
 * The same server, the same number in flight, without the UI: the harness page runs the app's OpenAI engine,
 * BenchRunner and IndexedDB storage over `items` seeded items (2–8 candidates). Page CPU from outside, as above.
 */
export async function measurePipeline(browser, base, { items = SCALE_ITEMS, inFlight = SCALE_IN_FLIGHT, profile = false } = {}) {
  const server = await startH2JudgeServer();
  const context = await browser.newContext({ ignoreHTTPSErrors: true, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}bench/harness.html`);
    await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.evaluate((n) => window.__bench.runnerPrepare(n), items);
    const stopProfiles = profile ? await startProfiles(context, page) : null;
    const cpu0 = await pageCpu(cdp);
    const run = await page.evaluate(([url, model, n]) => window.__bench.runnerServer(url, model, n), [server.url, JUDGE_MODEL, inFlight]);
    const cpu1 = await pageCpu(cdp);
    const profiles = stopProfiles ? await stopProfiles() : null;
    return {
      ...run,
      judgmentsPerSec: (run.items / run.totalMs) * 1000,
      pageCpuMsPerJudgment: ((cpu1.processSec - cpu0.processSec) * 1000) / run.items,
      mainThreadCpuMsPerJudgment: ((cpu1.mainThreadSec - cpu0.mainThreadSec) * 1000) / run.items,
      server: server.stats(),
      profiles,
      errors,
    };
  } finally {
    await context.close();
    await server.close();
  }
}

export async function measureScale(browser, base, { items = SCALE_ITEMS, inFlight = SCALE_IN_FLIGHT, log = () => {}, profile = false } = {}) {
  const server = await startH2JudgeServer();
  const context = await browser.newContext({ ignoreHTTPSErrors: true, serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const errors = [];
  try {
    await context.addInitScript(installProbes);
    await context.addInitScript(({ baseUrl, model, concurrency }) => {
      localStorage.setItem('ra:engine-kind', '"openai"');
      localStorage.setItem('ra:openai', JSON.stringify({ baseUrl, model, rememberKey: false, concurrency }));
    }, { baseUrl: server.url, model: JUDGE_MODEL, concurrency: inFlight });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    const browserCdp = await browser.newBrowserCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });

    await page.goto(`${base}#/bench`);
    await page.waitForSelector('[data-testid="bench-page"][data-ready="true"]', { timeout: 60_000 });
    await page.getByTestId('bench-file-input').setInputFiles({ name: 'scale.jsonl', mimeType: 'application/json', buffer: scaleDataset(items) });
    await page.waitForSelector(`[data-testid="dataset-summary"][data-items="${items}"]`, { timeout: 120_000 });
    await page.locator('#subset-size').fill(String(items));

    const heapStart = await gcHeap(cdp);
    const cpu0 = await pageCpu(cdp);
    const procs0 = await processCpu(browserCdp);
    // The page's renderer: the busiest renderer process so far (it has loaded the app and the dataset).
    const rendererPid = procs0.filter((p) => p.type === 'renderer').sort((a, b) => b.cpuTime - a.cpuTime)[0]?.id;
    const threads0 = rendererPid ? threadCpu(rendererPid) : null;
    const stopProfiles = profile ? await startProfiles(context, page) : null;
    const perfStart = await page.evaluate(() => performance.now());
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Start run' }).click();
    const runView = page.getByTestId('run-view');
    await runView.waitFor({ timeout: 60_000 });
    // The new run shows as running before the loop below reads its status (a run not yet started reads "paused").
    await page.waitForSelector('[data-testid="run-view"][data-status="running"], [data-testid="run-view"][data-status="done"]', { timeout: 60_000 });

    const progress = [];
    let heapMiddle = null;
    let trace = null;
    for (;;) {
      const s = await runView.evaluate((el) => ({ status: el.getAttribute('data-status'), done: Number(el.getAttribute('data-done')), failed: Number(el.getAttribute('data-failed')) }));
      progress.push({ atMs: Date.now() - t0, done: s.done });
      if (s.status === 'done' || s.status === 'paused' || s.status === 'cancelled') break;
      if (trace === null && !profile && s.done >= items * 0.3) {
        log(`scale: ${s.done} of ${items} judged, tracing ${TRACE_WINDOW_MS / 1000} s of the main thread`);
        trace = await traceMainThreadTasks(cdp, TRACE_WINDOW_MS);
      }
      if (heapMiddle === null && s.done >= items / 2) {
        heapMiddle = { done: s.done, bytes: await gcHeap(cdp) };
        log(`scale: ${s.done} of ${items} judged in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      }
      if (Date.now() - t0 > 20 * 60_000) throw new Error(`the scale run did not finish in 20 minutes (${s.done} of ${items} done)`);
      await new Promise((r) => setTimeout(r, 500));
    }
    const wallMs = Date.now() - t0;
    const profiles = stopProfiles ? await stopProfiles() : null;
    const cpu1 = await pageCpu(cdp);
    const procs1 = await processCpu(browserCdp);
    const threads = threadCpuDelta(threads0, rendererPid ? threadCpu(rendererPid) : null);
    const heapEnd = await gcHeap(cdp);
    const longtasks = await page.evaluate((since) => window.__perf.longtasks.filter((t) => t.start >= since), perfStart);
    const persisted = await page.evaluate(checkPersisted);
    await page.getByTestId('item-row').first().waitFor({ timeout: 30_000 });
    const rows = await page.evaluate(shownRows);

    // Sustained rate: between 20% and 80% of the items, away from the start (dataset write, first requests) and the tail.
    const at = (fraction) => progress.find((p) => p.done >= items * fraction);
    const a = at(0.2);
    const b = at(0.8);
    const sustained = a && b && b.atMs > a.atMs ? ((b.done - a.done) / (b.atMs - a.atMs)) * 1000 : null;
    const byType = (procs, type) => procs.filter((p) => p.type === type).reduce((s, p) => s + p.cpuTime, 0);
    const others = {};
    for (const type of new Set(procs1.map((p) => p.type))) if (type !== 'renderer') others[type] = byType(procs1, type) - byType(procs0, type);

    await browserCdp.detach();
    return {
      items,
      inFlight,
      server: server.stats(),
      wallMs,
      judgmentsPerSec: (persisted.results / wallMs) * 1000,
      sustainedPerSec: sustained,
      pageCpuMsPerJudgment: ((cpu1.processSec - cpu0.processSec) * 1000) / items,
      mainThreadCpuMsPerJudgment: ((cpu1.mainThreadSec - cpu0.mainThreadSec) * 1000) / items,
      mainThreadBreakdownMs: { task: (cpu1.taskSec - cpu0.taskSec) * 1000, script: (cpu1.scriptSec - cpu0.scriptSec) * 1000, layout: (cpu1.layoutSec - cpu0.layoutSec) * 1000, style: (cpu1.styleSec - cpu0.styleSec) * 1000 },
      rendererThreadsCpuMs: threads,
      otherProcessesCpuMs: Object.fromEntries(Object.entries(others).map(([k, v]) => [k, Math.round(v * 1000)])),
      longTasksOver50ms: longtasks.length,
      longestTaskWallMs: longtasks.reduce((m, t) => Math.max(m, t.duration), 0),
      // When in the run (ms after Start was clicked) each long task began, and how long it took (wall).
      longTasks: longtasks.map((t) => ({ atMs: Math.round(t.start - perfStart), ms: Math.round(t.duration) })),
      trace,
      heap: { start: heapStart, middle: heapMiddle, end: heapEnd },
      persisted,
      shownInOrder: rows.length > 0 && rows.every((r, i) => r.index === i && r.text.includes(`scale-${String(i).padStart(5, '0')}`)),
      firstRows: rows.slice(0, 3),
      progress,
      profiles,
      errors,
    };
  } finally {
    await context.close();
    await server.close();
  }
}
