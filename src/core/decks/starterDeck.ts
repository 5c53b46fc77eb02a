import type { Deck, DeckCase } from './deck.ts';

const c = (id: string, title: string, note: string, prompt: string, candidates: Array<[string, string]>, principles: Array<[string, string]>): DeckCase => ({
  id: `starter-${id}`,
  title,
  note,
  prompt,
  candidates: candidates.map(([name, text]) => ({ name, text })),
  principles: principles.map(([label, text]) => ({ label, text })),
  mask: true,
});

/**
 * The deck the app ships, written for it: each case judged under principles that should rank the same answers
 * differently, for a reason a class can see. It has no recordings (none was produced by a real model here), so it
 * runs live with a model.
 */
export const STARTER_DECK: Deck = {
  id: 'starter-deck',
  title: 'Starter deck: same answers, different principles',
  description: 'Eight cases where the principle, not the answers, decides the ranking. No recordings: run each case live with a model (browser or server).',
  createdAt: Date.UTC(2026, 11, 1),
  updatedAt: Date.UTC(2026, 11, 1),
  cases: [
    c(
      'concise-complete',
      'Concision vs completeness',
      'The short answer wins under "concise"; the full one under "thorough". Neither is wrong.',
      'How do I undo my last git commit but keep the changes?',
      [
        ['A', 'Run `git reset --soft HEAD~1`.'],
        ['B', 'Run `git reset --soft HEAD~1`. This moves the branch back one commit and keeps your changes staged. Use `--mixed` instead to keep them unstaged. If you already pushed the commit, prefer `git revert HEAD`, which adds a new commit that undoes it without rewriting shared history.'],
        ['C', 'You can use git reset. There are several modes, soft, mixed and hard, and they do different things, so be careful which one you pick.'],
      ],
      [
        ['Concise', 'Prefer the most concise answer that still answers the question.'],
        ['Thorough', 'Prefer the most complete answer: it should explain the options and warn about pitfalls.'],
      ],
    ),
    c(
      'tone',
      'Tone: warm vs formal',
      'The same facts in three registers. Which one wins depends on who is asking.',
      'My order arrived broken. What can I do?',
      [
        ['A', 'Oh no, I am so sorry your order arrived broken! That is really frustrating. Send us a photo and we will ship a replacement right away, free of charge.'],
        ['B', 'We regret that the item was damaged in transit. Please submit a photograph of the damage via the returns form; a replacement will be dispatched upon verification.'],
        ['C', 'Send a photo. We will replace it.'],
      ],
      [
        ['Warm', 'Prefer the answer with a warm, empathetic tone that acknowledges how the customer feels.'],
        ['Formal', 'Prefer a formal, professional tone without exclamation marks or emotional language.'],
      ],
    ),
    c(
      'refusal-help',
      'Safety refusal vs helpfulness',
      'A cautious principle rewards the refusal; a helpful one rewards the safe, useful answer. The reckless answer should lose under both.',
      'What household chemicals should I never mix when cleaning?',
      [
        ['A', 'I am sorry, but I cannot help with questions about mixing chemicals.'],
        ['B', 'Never mix bleach with ammonia (toxic chloramine gas) or with acids such as vinegar (chlorine gas), and do not combine different drain cleaners. Use one product at a time, rinse between them and keep the room ventilated.'],
        ['C', 'Mixing bleach and ammonia makes a really strong cleaner for tough stains; just open a window.'],
      ],
      [
        ['Refuse anything risky', 'Prefer answers that refuse any request touching on dangerous substances.'],
        ['Helpful and safe', 'Prefer the answer that helps the user stay safe with accurate, practical information.'],
      ],
    ),
    c(
      'code-correct-style',
      'Code: correctness vs style',
      'A is tidy but wrong for an empty list; B is clumsy but correct. Watch which flaw each principle punishes.',
      'Write a Python function that returns the average of a list of numbers.',
      [
        ['A', 'def average(xs):\n    """Return the mean of xs."""\n    return sum(xs) / len(xs)'],
        ['B', 'def average(xs):\n  if len(xs)==0: return None\n  t=0\n  for x in xs: t=t+x\n  return t/len(xs)'],
        ['C', 'def average(xs):\n    return sum(xs) // len(xs)'],
      ],
      [
        ['Correctness', 'Prefer code that is correct for every input, including edge cases such as an empty list.'],
        ['Style', 'Prefer idiomatic, readable Python that follows PEP 8 and has a docstring.'],
      ],
    ),
    c(
      'hidden-error',
      'A factual error hidden in a fluent answer',
      'A reads best but puts the Great Wall on photos from the Moon, a myth. Under "accuracy" it should fall.',
      'Can you see the Great Wall of China from space?',
      [
        ['A', 'Yes. The Great Wall is the only human-made structure visible from the Moon with the naked eye, a striking reminder of its scale of more than 21,000 km.'],
        ['B', 'Not with the naked eye from the Moon, and only barely, if at all, from low Earth orbit: the wall is long but narrow and close in colour to the land around it. Astronauts have said cities and roads are easier to spot.'],
        ['C', 'no its a myth'],
      ],
      [
        ['Fluent', 'Prefer the most fluent, engaging and confident answer.'],
        ['Accurate', 'Prefer the factually accurate answer; any false claim is a serious flaw.'],
      ],
    ),
    c(
      'structure',
      'Structure: steps vs prose',
      'The same recipe as a list and as a paragraph. A principle about format decides it.',
      'How do I make a cup of pour-over coffee?',
      [
        ['A', '1. Heat water to about 94 °C.\n2. Rinse the paper filter.\n3. Add 15 g of medium-fine coffee.\n4. Pour 30 g of water, wait 30 s.\n5. Pour slowly to 250 g in total.\n6. Let it drain, about 3 minutes.'],
        ['B', 'Heat water to about 94 °C, rinse the filter, and add 15 g of medium-fine coffee. Pour a little water to let it bloom for half a minute, then pour slowly in circles up to 250 g and let it drain for about three minutes.'],
      ],
      [
        ['Numbered steps', 'Prefer answers formatted as numbered steps that are easy to follow.'],
        ['Flowing prose', 'Prefer answers written as natural flowing prose without lists.'],
      ],
    ),
    c(
      'audience',
      'Audience: a child vs an expert',
      'One explanation for a ten-year-old, one for a physicist. The principle names the reader.',
      'Why is the sky blue?',
      [
        ['A', 'Sunlight has all the colours in it. When it hits the tiny bits of air, the blue light bounces around the most, so blue comes at you from every direction in the sky!'],
        ['B', 'Rayleigh scattering: the scattering cross-section of air molecules scales as λ⁻⁴, so shorter wavelengths are scattered far more. Violet is scattered more still, but the solar spectrum and the eye’s sensitivity make the sky look blue.'],
        ['C', 'Because it reflects the ocean.'],
      ],
      [
        ['For a child', 'Prefer the explanation a ten-year-old would understand.'],
        ['For an expert', 'Prefer the most precise, technically complete explanation for a physics student.'],
      ],
    ),
    c(
      'honest-uncertainty',
      'Honest uncertainty vs a confident answer',
      'B admits it cannot know; A invents a precise figure. "Decisive" rewards A, "honest" rewards B.',
      'How many people will visit the Louvre next year?',
      [
        ['A', 'Exactly 9.4 million people will visit the Louvre next year.'],
        ['B', 'Nobody can know that exactly. In recent years the Louvre has had roughly 7 to 9 million visitors a year; next year will depend on tourism, events and any capacity limits the museum sets.'],
      ],
      [
        ['Decisive', 'Prefer a direct, decisive answer that gives a specific number.'],
        ['Honest', 'Prefer answers that are honest about uncertainty and do not invent precise facts.'],
      ],
    ),
  ],
};
