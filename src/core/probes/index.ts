export { probeOrders, summarizeProbe, rankingChanges, type ProbeRun, type ProbeSummary, type CandidateSpread } from './probes.ts';
export { DEVICE_BENCH_CASE, DEVICE_BENCH_RUNS, deviceSpeedKey, median, summarizeDeviceBench } from './deviceBench.ts';
export { summarizeWinners, describeWinners, type ComparedResult, type WinnerSummary } from './winnerSummary.ts';
