import { sampleRegex } from './regex-sample.js';
import type { SeededRandom } from './seeded-random.js';

export type IdentifierInput = {
  /** The registration identifier type (`jmbg`, `jshshir`, `national_id`…). */
  readonly type: string;
  /** The field's `pattern`, if any. */
  readonly pattern: string | undefined;
  /** An example value (from a scenario person), to copy region codes and layout from. */
  readonly example: string | undefined;
  /** The example person's date of birth, to find where the example encodes it. */
  readonly exampleBirthDate: string | undefined;
  readonly birthDate: string;
  readonly sex: 'female' | 'male';
};

/**
 * An identifier for a generated person that matches the field's pattern and, where the national
 * scheme encodes them, the person's date of birth and sex: the Serbian JMBG (DDMMYYY, region,
 * serial by sex, mod-11 check digit) and the Uzbek JShShIR/PINFL (century-and-sex digit, DDMMYY).
 * Other identifiers copy the example's layout, with the birth date re-encoded where the example
 * carries it, else follow the pattern.
 */
export function identifierValue(input: IdentifierInput, random: SeededRandom): string {
  // How many digits the identifier is: from a `^[0-9]{n}$` pattern, else from an all-digit example.
  const fromPattern = /^\^?\[0-9\]\{(\d+)\}\$?$/.exec(input.pattern ?? '')?.[1];
  const example = /^\d+$/.test(input.example ?? '') ? input.example?.length : undefined;
  const digits = fromPattern === undefined ? example : Number(fromPattern);
  if (/jmbg/i.test(input.type) || digits === 13) return jmbg(input, random);
  if (/jshshir|pinfl/i.test(input.type) || digits === 14) return pinfl(input, random);
  return fromExample(input, random) ?? sampleRegex(input.pattern ?? '', random) ?? digitString(random, 10);
}

function jmbg(input: IdentifierInput, random: SeededRandom): string {
  const [y, m, d] = input.birthDate.split('-') as [string, string, string];
  const exampleRegion = /^\d{13}$/.test(input.example ?? '') ? input.example?.slice(7, 9) : undefined;
  const region = exampleRegion ?? String(random.int(71, 79));
  for (;;) {
    const serial = input.sex === 'female' ? random.int(500, 999) : random.int(0, 499);
    const body = `${d}${m}${y.slice(1)}${region}${String(serial).padStart(3, '0')}`;
    const check = jmbgCheck(body);
    // A remainder giving 10 is never issued; draw another serial.
    if (check !== undefined) return `${body}${check}`;
  }
}

function jmbgCheck(body: string): number | undefined {
  const a = [...body].map(Number);
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (7 - i) * ((a[i] ?? 0) + (a[i + 6] ?? 0));
  const m = 11 - (sum % 11);
  if (m === 11) return 0;
  return m === 10 ? undefined : m;
}

function pinfl(input: IdentifierInput, random: SeededRandom): string {
  const [y, m, d] = input.birthDate.split('-') as [string, string, string];
  const century = Number(y.slice(0, 2));
  const base = century <= 18 ? 1 : century === 19 ? 3 : 5;
  const first = base + (input.sex === 'female' ? 1 : 0);
  const exampleRegion = /^\d{14}$/.test(input.example ?? '') ? input.example?.slice(7, 10) : undefined;
  const region = exampleRegion ?? digitString(random, 3);
  return `${first}${d}${m}${y.slice(2)}${region}${digitString(random, 4)}`;
}

/** The example with its birth-date part re-encoded and its other digits drawn anew. */
function fromExample(input: IdentifierInput, random: SeededRandom): string | undefined {
  const { example, exampleBirthDate } = input;
  if (example === undefined || exampleBirthDate === undefined) return undefined;
  for (const encode of DATE_ENCODINGS) {
    const at = example.indexOf(encode(exampleBirthDate));
    if (at < 0) continue;
    const encoded = encode(input.birthDate);
    const rest = (s: string) => s.replace(/\d/g, () => String(random.int(0, 9)));
    return `${rest(example.slice(0, at))}${encoded}${rest(example.slice(at + encoded.length))}`;
  }
  return undefined;
}

const DATE_ENCODINGS: readonly ((date: string) => string)[] = [
  (iso) => iso.replaceAll('-', ''),
  (iso) => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(0, 4)}`,
  (iso) => `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}`,
  (iso) => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(2, 4)}`,
];

function digitString(random: SeededRandom, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String(random.int(0, 9));
  return out;
}
