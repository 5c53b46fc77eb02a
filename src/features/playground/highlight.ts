import { create } from 'zustand';

/**
 * Which candidate the user points at (by its name), in the reasoning, a card or a score row: the others show the
 * same candidate highlighted. Mouse and keyboard focus each point; the latest wins, and when one stops pointing
 * (the mouse leaves, the focus moves on) the other's candidate shows again. Screen state only, never saved.
 */
interface Highlight {
  hover: string | null;
  focus: string | null;
  latest: 'hover' | 'focus';
  set(part: { hover: string | null } | { focus: string | null }): void;
}

export const useHighlight = create<Highlight>()((set) => ({
  hover: null,
  focus: null,
  latest: 'hover',
  set: (part) => set({ ...part, latest: 'hover' in part ? 'hover' : 'focus' }),
}));

const pointedAt = (s: Highlight) => (s.latest === 'hover' ? (s.hover ?? s.focus) : (s.focus ?? s.hover));

/** True while `name` is the highlighted candidate (a component re-renders only when that changes). */
export const useIsHighlighted = (name: string) => useHighlight((s) => pointedAt(s) === name);

/** Props that make an element point at a candidate while hovered or focused. */
export function pointerProps(name: string) {
  const { set } = useHighlight.getState();
  return {
    onMouseEnter: () => set({ hover: name }),
    onMouseLeave: () => set({ hover: null }),
    onFocus: () => set({ focus: name }),
    onBlur: () => set({ focus: null }),
  };
}
