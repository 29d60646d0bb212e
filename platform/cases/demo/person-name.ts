import { NAME_POOLS, type NameCulture, RU_PATRONYMICS } from './name-pools.js';
import type { SeededRandom } from './seeded-random.js';

export type Sex = 'female' | 'male';
export type Script = 'latin' | 'cyrillic';

/** A person's name in one culture and one script (never mixed within a person). */
export type PersonName = {
  readonly culture: NameCulture;
  readonly script: Script;
  readonly given: string;
  readonly family: string;
  /** Father's name form, where the culture writes one (Uzbek, Russian). */
  readonly patronymic: string | null;
};

/** A random name of the culture; Serbian names are written in `script` (others have one script). */
export function personName(
  random: SeededRandom,
  culture: NameCulture,
  sex: Sex,
  script: Script = 'latin',
): PersonName {
  const pool = NAME_POOLS[culture];
  const given = random.pick(sex === 'female' ? pool.female : pool.male);
  const family = familyForm(culture, random.pick(pool.family), sex);
  const patronymic = patronymicOf(random, culture, sex);
  if (culture === 'sr' && script === 'cyrillic')
    return { culture, script, given: serbianCyrillic(given), family: serbianCyrillic(family), patronymic };
  return { culture, script: culture === 'ru' ? 'cyrillic' : script, given, family, patronymic };
}

/** A relative's name in the same culture and script (a parent, a carer): same family name. */
export function relativeName(random: SeededRandom, of: PersonName, sex: Sex): PersonName {
  const other = personName(random, of.culture, sex, of.script);
  const family = of.culture === 'uz' || of.culture === 'ru' ? genderFamily(of, sex) : of.family;
  return { ...other, family };
}

function genderFamily(of: PersonName, sex: Sex): string {
  const masculine = of.culture === 'ru' ? ruMasculine(of.family) : of.family.replace(/a$/, '');
  return familyForm(of.culture, masculine, sex);
}

function familyForm(culture: NameCulture, masculine: string, sex: Sex): string {
  if (sex === 'male') return masculine;
  if (culture === 'uz') return `${masculine}a`;
  if (culture === 'ru') return ruFeminine(masculine);
  return masculine;
}

function ruFeminine(name: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(name)) return `${name}а`;
  if (/ский$/.test(name)) return name.replace(/ский$/, 'ская');
  if (/цкий$/.test(name)) return name.replace(/цкий$/, 'цкая');
  return name;
}

function ruMasculine(name: string): string {
  if (/ская$/.test(name)) return name.replace(/ская$/, 'ский');
  if (/цкая$/.test(name)) return name.replace(/цкая$/, 'цкий');
  if (/(ова|ева|ёва|ина|ына)$/.test(name)) return name.slice(0, -1);
  return name;
}

function patronymicOf(random: SeededRandom, culture: NameCulture, sex: Sex): string | null {
  if (culture === 'ru') {
    const [masculine, feminine] = random.pick(RU_PATRONYMICS);
    return sex === 'female' ? feminine : masculine;
  }
  if (culture !== 'uz') return null;
  const father = random.pick(NAME_POOLS.uz.male);
  // Uzbek documents use the Russian-style form: Rustam → Rustamovich / Rustamovna.
  const stem = /[aeiou]$/.test(father) ? `${father}yev` : `${father}ov`;
  return sex === 'female' ? `${stem}na` : `${stem}ich`;
}

/** The initial and a period: `D.` for Dilnoza, `Љ.` for Љиљана. */
export function initialOf(given: string): string {
  const first = given.slice(0, /^(Lj|Nj|Dž)/.test(given) ? 2 : 1);
  return `${first}.`;
}

// biome-ignore format: a transliteration table reads best as a table.
const SR_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ј',
  k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у', v: 'в', z: 'з',
  ž: 'ж',
};
const SR_DIGRAPHS: Readonly<Record<string, string>> = { lj: 'љ', nj: 'њ', dž: 'џ' };

/** Serbian Latin to Serbian Cyrillic (one-to-one, the digraphs lj, nj and dž included). */
export function serbianCyrillic(latin: string): string {
  let out = '';
  for (let i = 0; i < latin.length; i++) {
    const pair = latin.slice(i, i + 2);
    const digraph = SR_DIGRAPHS[pair.toLowerCase()];
    if (digraph !== undefined) {
      out += pair[0] === pair[0]?.toUpperCase() ? digraph.toUpperCase() : digraph;
      i++;
      continue;
    }
    const char = latin[i] ?? '';
    const lower = char.toLowerCase();
    const mapped = SR_CYRILLIC[lower];
    out += mapped === undefined ? char : char === lower ? mapped : mapped.toUpperCase();
  }
  return out;
}
