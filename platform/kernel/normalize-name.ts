/**
 * Search folding for person names. Caseworkers type names in whatever script and spelling is at
 * hand (Cyrillic or Latin, with or without diacritics, Uzbek `oʻ`/`gʻ` with any apostrophe), so
 * names are compared on a folded key: lower-case, Cyrillic transliterated to Latin, diacritics
 * dropped, a few spelling variants merged, punctuation turned into single spaces.
 *
 * This is a search key, not a transliteration for display: `Хасанов`, `Xasanov` and `Khasanov`
 * all fold to `xasanov`.
 */
export function normalizeName(name: string): string {
  const lower = name.normalize('NFKC').toLowerCase();
  let latin = '';
  for (const char of lower) latin += CYRILLIC[char] ?? SPECIAL_LATIN[char] ?? char;
  const folded = latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return mergeVariants(folded);
}

// Letters an apostrophe modifies in Uzbek Latin (oʻ, gʻ) or that mark a glottal stop: all dropped,
// so `Gʻulom`, `G'ulom` and `Gulom` meet.
const APOSTROPHES = /['\u2018\u2019\u02BB\u02BC\u02BD\u0060\u00B4]/gu;

/** Common Latin spellings of one sound (Uzbek `x`/`j` vs Russian-style `kh`/`zh`, `Ye-`/`E-`) merged. */
function mergeVariants(text: string): string {
  return text.replace(/kh/g, 'x').replace(/zh/g, 'j').replace(/\bye/g, 'e');
}

// biome-ignore format: a transliteration table reads best as a table.
// Russian, Ukrainian, Belarusian, Serbian/Macedonian, Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic.
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'x', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ў: 'o', қ: 'q', ғ: 'g', ҳ: 'h', ә: 'a', ө: 'o', ү: 'u', ұ: 'u', ң: 'ng', һ: 'h', і: 'i',
  ї: 'yi', є: 'ye', ґ: 'g', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'g', ќ: 'k',
  ѕ: 'dz', ӣ: 'i', ӯ: 'u', ҷ: 'j',
};

// biome-ignore format: a transliteration table reads best as a table.
// Latin letters that Unicode does not decompose into a base letter and a diacritic.
const SPECIAL_LATIN: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', ŀ: 'l', þ: 'th', ð: 'd', ə: 'a',
};
