/**
 * The generated forms of the forms benchmarks (in process and in Chromium): blocks of a source
 * field, a target field and one form rule between them, the rule kind cycling through show,
 * require, calculate (chained every ten blocks), error, warning, filter_options and readonly.
 * `generatedForm('large', 150, true)` is 300 fields with 151 rules (the last block a repeat group
 * of 5 items with a count and a per-item show), `generatedForm('small', 5, false)` 10 fields with
 * 5 rules. Texts are in English and French, the locales of the fixture sites.
 */

/** A generated form definition and answers that satisfy most of its rules. */
export type GeneratedForm = { readonly form: object; readonly data: Record<string, unknown> };

/** The large form: 300 fields, 151 rules. */
export const largeForm = (id = 'large'): GeneratedForm => generatedForm(id, 150, true);
/** The baseline: 10 fields, 5 rules. */
export const smallForm = (id = 'small'): GeneratedForm => generatedForm(id, 5, false);

/** A text in both locales of the fixture sites (English and French). */
export const t = (en: string) => ({ en, fr: en });
const OPTIONS = ['a', 'b', 'c', 'd'].map((v) => ({ value: v, label: t(v.toUpperCase()) }));
const v = (path: string) => ({ var: path });

type Block = { fields: [string, object][]; rule: object; data: [string, unknown][] };

/** Block `k`: a source field, a target field and one rule between them; the rule kind cycles. */
function block(k: number): Block {
  const s = `f${2 * k}`;
  const d = `f${2 * k + 1}`;
  const text = { type: 'string', maxLength: 200, title: t(`Question ${2 * k + 1}`) };
  const choice = { type: 'string', options: OPTIONS, title: t(`Question ${2 * k}`) };
  const flag = { type: 'boolean', title: t(`Question ${2 * k}`) };
  const int = { type: 'integer', minimum: 0, maximum: 1000, title: t(`Question ${2 * k}`) };
  const date = { type: 'string', format: 'date', title: t(`Question ${2 * k}`) };
  const blocks: Record<number, () => Block> = {
    0: () => ({
      fields: [
        [s, choice],
        [d, text],
      ],
      rule: { effect: 'show', field: d, when: { '===': [v(s), 'a'] } },
      data: [
        [s, 'a'],
        [d, 'answer'],
      ],
    }),
    3: () => ({
      fields: [
        [s, flag],
        [d, date],
      ],
      rule: { effect: 'show', field: d, when: { '===': [v(s), true] } },
      data: [
        [s, true],
        [d, '2024-05-01'],
      ],
    }),
    4: () => ({
      fields: [
        [s, int],
        [d, text],
      ],
      rule: { effect: 'require', field: d, when: { '>': [v(s), 10] } },
      data: [
        [s, 20],
        [d, 'given'],
      ],
    }),
    5: () => ({
      fields: [
        [s, int],
        [d, { type: 'integer', title: t('Total') }],
      ],
      rule: {
        effect: 'calculate',
        field: d,
        value: { '+': [{ '*': [v(s), 2] }, k >= 10 ? { coalesce: [v(`f${2 * (k - 10) + 1}`), 0] } : 0] },
      },
      data: [[s, 3]],
    }),
    6: () => ({
      fields: [
        [s, date],
        [d, { type: 'number', title: t('Amount') }],
      ],
      rule: {
        effect: 'error',
        field: s,
        when: { after: [v(s), v('today')] },
        message: t('Not in the future.'),
      },
      data: [
        [s, '2024-01-15'],
        [d, 12.5],
      ],
    }),
    7: () => ({
      fields: [
        [s, int],
        [d, { type: 'number', title: t('Amount') }],
      ],
      rule: { effect: 'warning', field: d, when: { '>': [v(s), 500] }, message: t('Unusually high.') },
      data: [
        [s, 600],
        [d, 3],
      ],
    }),
    8: () => ({
      fields: [
        [s, flag],
        [d, choice],
      ],
      rule: { effect: 'filter_options', field: d, allow: { if: [v(s), ['a', 'b'], ['a', 'b', 'c', 'd']] } },
      data: [
        [s, true],
        [d, 'b'],
      ],
    }),
    9: () => ({
      fields: [
        [s, flag],
        [d, text],
      ],
      rule: { effect: 'readonly', field: d, when: { '===': [v(s), true] } },
      data: [
        [s, false],
        [d, 'free text'],
      ],
    }),
  };
  return (blocks[k % 10] ?? (blocks[0] as () => Block))();
}

const GROUP = {
  type: 'array',
  title: t('Members'),
  items: {
    type: 'object',
    properties: {
      name: { type: 'string', title: t('Name') },
      kind: { type: 'string', options: OPTIONS, title: t('Kind') },
      note: { type: 'string', title: t('Note') },
    },
    required: ['name'],
  },
};

/** A form of `2 × blocks` fields; with `group`, the last block is a repeat group and a count over it. */
export function generatedForm(id: string, blocks: number, group: boolean): GeneratedForm {
  const properties: Record<string, object> = {};
  const rules: object[] = [];
  const data: Record<string, unknown> = {};
  for (let k = 0; k < (group ? blocks - 1 : blocks); k++) {
    const b = block(k);
    for (const [name, field] of b.fields) properties[name] = field;
    rules.push(b.rule);
    for (const [name, value] of b.data) data[name] = value;
  }
  if (group) {
    properties.members = GROUP;
    properties.memberCount = { type: 'integer', title: t('Members of kind A') };
    rules.push({
      effect: 'calculate',
      field: 'memberCount',
      value: { count_if: [v('members'), { '===': [v('kind'), 'a'] }] },
    });
    rules.push({ effect: 'show', field: 'members[].note', when: { '===': [v('members[].kind'), 'a'] } });
    data.members = ['a', 'b', 'a', 'c', 'd'].map((kind, i) => ({ name: `Member ${i}`, kind, note: 'note' }));
  }
  return {
    form: { kind: 'form', id, title: t(id), fields: { type: 'object', properties, required: ['f0'] }, rules },
    data,
  };
}
