// The records the app keeps (judgments, benchmark runs, saved principles) and every pure function over them.
export * from './sampling.ts';
export * from './judgmentRecord.ts';
export * from './run.ts';
export * from './outcome.ts';
export * from './describeJudgment.ts';
export * from './itemSummary.ts';
export * from './runEstimate.ts';
export * from './runSubset.ts';
export * from './compareRuns.ts';
export * from './runMetrics.ts';
export * from './runFile.ts';
export * from './judgmentExports.ts';
export * from './newRun.ts';
export * from './parsedOf.ts';
export * from './liveJudgment.ts';
export * from './runProgress.ts';
export * from './inputKey.ts';
