import { pointerProps, useIsHighlighted } from './highlight.ts';

/** A masked name in the model's text with the user's name beside it: "model-2 · A". */
export function NameChip({ text, real }: { text: string; real: string }) {
  const on = useIsHighlighted(real);
  return (
    <mark
      tabIndex={0}
      data-testid="name-chip"
      data-real={real}
      data-highlighted={on || undefined}
      title={`${text} is your candidate “${real}”`}
      className={`rounded px-1 font-sans not-italic ${on ? 'bg-accent text-accent-ink' : 'bg-accent-soft text-ink'}`}
      {...pointerProps(real)}
    >
      {text}
      {' · '}
      <bdi className="font-semibold">{real}</bdi>
    </mark>
  );
}
