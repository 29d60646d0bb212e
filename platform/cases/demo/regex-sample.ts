import type { SeededRandom } from './seeded-random.js';

type Atom = { readonly chars: string; readonly min: number; readonly max: number };

const DIGITS = '0123456789';
const CLASSES: Readonly<Record<string, string>> = {
  d: DIGITS,
  w: `abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ${DIGITS}`,
  s: ' ',
};

/**
 * A random string matching a simple regular expression of the kind definitions use for
 * identifiers and codes: anchors, literals, escapes, `\d`/`\w`, character classes with ranges and
 * the quantifiers `?`, `*`, `+`, `{n}`, `{n,m}`. Returns `undefined` for anything richer (groups,
 * alternation, negated classes), so callers fall back to other values.
 */
export function sampleRegex(pattern: string, random: SeededRandom): string | undefined {
  const atoms = parse(pattern);
  if (atoms === undefined) return undefined;
  let out = '';
  for (const atom of atoms) {
    const count = random.int(atom.min, atom.max);
    for (let i = 0; i < count; i++) out += atom.chars[random.int(0, atom.chars.length - 1)] ?? '';
  }
  return out;
}

function parse(pattern: string): Atom[] | undefined {
  const source = pattern.replace(/^\^/, '').replace(/\$$/, '');
  const atoms: Atom[] = [];
  let i = 0;
  while (i < source.length) {
    const read = readChars(source, i);
    if (read === undefined) return undefined;
    const quantified = readQuantifier(source, read.end);
    if (quantified === undefined) return undefined;
    atoms.push({ chars: read.chars, min: quantified.min, max: quantified.max });
    i = quantified.end;
  }
  return atoms;
}

function readChars(source: string, at: number): { chars: string; end: number } | undefined {
  const char = source[at] ?? '';
  if ('()|^$'.includes(char)) return undefined;
  if (char === '\\') {
    const next = source[at + 1] ?? '';
    return { chars: CLASSES[next] ?? next, end: at + 2 };
  }
  if (char === '.') return { chars: CLASSES.w ?? '', end: at + 1 };
  if (char !== '[') return { chars: char, end: at + 1 };
  const close = source.indexOf(']', at + 1);
  if (close < 0 || source[at + 1] === '^') return undefined;
  return { chars: expandClass(source.slice(at + 1, close)), end: close + 1 };
}

function expandClass(body: string): string {
  let chars = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i] ?? '';
    if (char === '\\') {
      chars += CLASSES[body[i + 1] ?? ''] ?? body[i + 1] ?? '';
      i++;
    } else if (body[i + 1] === '-' && i + 2 < body.length) {
      const from = char.charCodeAt(0);
      const to = (body[i + 2] ?? char).charCodeAt(0);
      for (let c = from; c <= to; c++) chars += String.fromCharCode(c);
      i += 2;
    } else chars += char;
  }
  return chars;
}

function readQuantifier(source: string, at: number): { min: number; max: number; end: number } | undefined {
  const char = source[at];
  if (char === '?') return { min: 0, max: 1, end: at + 1 };
  if (char === '*') return { min: 0, max: 3, end: at + 1 };
  if (char === '+') return { min: 1, max: 4, end: at + 1 };
  if (char !== '{') return { min: 1, max: 1, end: at };
  const close = source.indexOf('}', at);
  const match = /^(\d+)(?:,(\d*))?$/.exec(source.slice(at + 1, close));
  if (close < 0 || match === null) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[2] === '' ? min + 3 : Number(match[2]);
  return { min, max, end: close + 1 };
}
