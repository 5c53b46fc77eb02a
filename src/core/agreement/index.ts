// A person's ranking against the model's scores: agreement on one case and where the reasoning discusses a pair.
export { RankingSchema, rankingLabels, rankingProblems, scoresFromTiers, tiersFromScores } from './ranking.ts';
export type { Ranking } from './ranking.ts';
export { caseAgreement } from './caseAgreement.ts';
export type { AgreementFigures, CaseAgreement, Disagreement, NoAgreementReason } from './caseAgreement.ts';
export { paragraphRanges, passagesAbout, sentenceRanges } from './passages.ts';
export type { Passage } from './passages.ts';
export { krippendorffAlpha } from './krippendorff.ts';
export type { AlphaMetric } from './krippendorff.ts';
export { kendallW, midRanks } from './kendallW.ts';
export { moveCandidate, places, setRank, tieWith, untie } from './rankingEdits.ts';
