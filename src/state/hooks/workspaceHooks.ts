import { useAppStore } from '../appStore.ts';

export const useWorkspace = () => useAppStore((s) => s.workspace.current);
export const useWorkspacePrinciple = () => useAppStore((s) => s.workspace.current.principle);
export const useWorkspacePrompt = () => useAppStore((s) => s.workspace.current.prompt);
export const useWorkspaceMask = () => useAppStore((s) => s.workspace.current.mask);
export const useWorkspaceCandidates = () => useAppStore((s) => s.workspace.current.candidates);
/** The candidates' names in order, as one string (changes only when a name or the order does). */
export const useCandidateNamesKey = () => useAppStore((s) => s.workspace.current.candidates.map((c) => c.name).join('\u0000'));
export const usePendingOpen = () => useAppStore((s) => s.workspace.pendingOpen);
export const useWorkspaceActions = () => useAppStore((s) => s.workspaceActions);
export const useMyRanking = () => useAppStore((s) => s.workspace.current.myRanking);
export const useBlind = () => useAppStore((s) => s.workspace.current.blind);
