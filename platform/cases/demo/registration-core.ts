import type { Field } from '../../definitions/definition-types.generated.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../../kernel/json.js';
import { dottedToPointer, getAtPointer } from '../../kernel/json-pointer.js';
import { fieldAtPointer, setAtPointer } from './data-pointers.js';
import type { FillContext } from './field-value.js';
import { identifierValue } from './identifier-value.js';
import { type PersonName, personName } from './person-name.js';
import type { PersonTraits } from './person-traits.js';
import { sampleRegex } from './regex-sample.js';
import type { SeededRandom } from './seeded-random.js';

/**
 * The registration values that make a person who they are, at the paths the site's registration
 * settings name: names (family, given, patronymic by field name), birth date, sex, language and
 * identifiers consistent with them.
 */
export function registrationCore(
  bundle: SiteBundle,
  random: SeededRandom,
  traits: PersonTraits,
  model: JsonObject,
): JsonObject {
  const registration = bundle.site.registration;
  const form = bundle.forms[registration?.form.form ?? ''];
  const core: JsonObject = {};
  if (registration === undefined || form === undefined) return core;
  const name = personName(random, traits.culture, traits.sex, traits.script);
  for (const path of registration.nameFields) {
    const part = namePart(path, name);
    if (part !== null) setAtPointer(core, dottedToPointer(path), part);
  }
  const set = (path: string | undefined, value: JsonValue | undefined) => {
    if (path !== undefined && value !== undefined) setAtPointer(core, dottedToPointer(path), value);
  };
  set(registration.birthDateField, traits.birthDate);
  set(registration.sexField, traits.sexValue);
  set(registration.languageField, traits.language);
  const modelBirth = getAtPointer(model, dottedToPointer(registration.birthDateField ?? ''));
  for (const id of registration.identifiers ?? []) {
    const pointer = dottedToPointer(id.field);
    const example = getAtPointer(model, pointer);
    const input = {
      type: id.type,
      pattern: fieldAtPointer(form.fields, pointer)?.pattern,
      example: typeof example === 'string' ? example : undefined,
      exampleBirthDate: typeof modelBirth === 'string' ? modelBirth : undefined,
      birthDate: traits.birthDate,
      sex: traits.sex,
    };
    setAtPointer(core, pointer, identifierValue(input, random));
  }
  return core;
}

function namePart(path: string, name: PersonName): string | null {
  if (/patronym|middle|father/i.test(path)) return name.patronymic;
  if (/last|family|surname/i.test(path)) return name.family;
  return name.given;
}

/**
 * Contact details drawn per person: phone numbers (by the field's pattern, else the example's
 * layout with new digits) and house numbers in street addresses.
 */
export function varyContacts(
  data: JsonObject,
  fields: Readonly<Record<string, Field>>,
  ctx: FillContext,
): JsonObject {
  const out: JsonObject = {};
  for (const [name, value] of Object.entries(data)) {
    const field = fields[name];
    if (isJsonObject(value)) out[name] = varyContacts(value, field?.properties ?? {}, ctx);
    else if (typeof value === 'string' && /phone|tel|mobile/i.test(name))
      out[name] = phoneLike(value, field, ctx);
    else if (typeof value === 'string' && /street|address/i.test(name) && /\d+\s*$/.test(value))
      out[name] = value.replace(/\d+(\s*)$/, (_m, space: string) => `${ctx.random.int(1, 120)}${space}`);
    else out[name] = value;
  }
  return out;
}

function phoneLike(example: string, field: Field | undefined, ctx: FillContext): string {
  const pattern = field?.pattern === undefined ? undefined : new RegExp(field.pattern);
  if (pattern !== undefined && !pattern.test(example))
    return sampleRegex(field?.pattern ?? '', ctx.random) ?? example;
  // Keep the country and operator prefix, draw the subscriber number.
  const keep = example.replace(/\D/g, '').length > 10 ? 5 : 3;
  let seen = 0;
  return example.replace(/\d/g, (d) => (++seen <= keep ? d : String(ctx.random.int(0, 9))));
}
