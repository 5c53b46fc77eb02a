// Text Python cannot print: a lone UTF-16 surrogate (half of an emoji pair, e.g. from a cut paste) survives in a
// JavaScript string and in a Python literal, but `print()` of it raises UnicodeEncodeError, so a snippet's
// `--messages` would crash. The app refuses such a setup and says where the character is.

import type { TrainingSetup } from './setup.ts';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function hex(unit: number): string {
  return `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The lone surrogates of `text`: 1-based character positions (a pair counts as one character) and code units. */
function loneSurrogates(text: string): Array<{ position: number; unit: number }> {
  const out: Array<{ position: number; unit: number }> = [];
  for (const m of text.matchAll(LONE_SURROGATE)) {
    out.push({ position: [...text.slice(0, m.index)].length + 1, unit: m[0].charCodeAt(0) });
  }
  return out;
}

/** A name for a sentence, with lone surrogates shown as U+FFFD. */
function shown(name: string): string {
  return JSON.stringify(name.replace(LONE_SURROGATE, '\ufffd'));
}

/** One sentence per lone surrogate in what a snippet embeds (principle, example prompt, candidate names and texts). */
export function unencodableText(setup: TrainingSetup): string[] {
  const fields: Array<[string, string]> = [['The principle', setup.principle]];
  if (setup.example) {
    fields.push(['The prompt', setup.example.prompt]);
    setup.example.responses.forEach((r, i) => {
      fields.push([`The name of candidate ${i + 1} (${shown(r.name)})`, r.name]);
      fields.push([`The text of candidate ${i + 1} (${shown(r.name)})`, r.text]);
    });
  }
  return fields.flatMap(([where, text]) =>
    loneSurrogates(text).map(
      ({ position, unit }) =>
        `${where}, character ${position}, is a broken character (a lone surrogate, ${hex(unit)}: half of an emoji or other pair): ` +
        'Python cannot print it, so the snippets would fail with UnicodeEncodeError. Delete or retype that character.',
    ),
  );
}
