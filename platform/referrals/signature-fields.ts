import type { FormDefinition } from '../definitions/definition-types.generated.js';
import type { JsonObject } from '../kernel/json.js';

/** `signed`, `clientSigned`, `familySigned`: a yes/no the caseworker ticks when the client signed. */
const SIGNED_FLAG = /^(signed|[a-z][A-Za-z0-9]*Signed)$/;

/**
 * The top-level fields of a referral form that record the client's signature (seed 3.5.10: the
 * client reads and signs the referral). The definition language has no explicit marker, so:
 * boolean fields named `signed` or `…Signed` are the signature; without one, fields with the
 * `signature` widget are. A form with neither needs no signature.
 */
export function signatureFields(form: FormDefinition): { flags: string[]; pads: string[] } {
  const entries = Object.entries(form.fields.properties);
  const flags = entries.filter(([name, f]) => f.type === 'boolean' && SIGNED_FLAG.test(name)).map(([n]) => n);
  const widgets = form.layout?.widgets ?? {};
  const pads = entries.filter(([name]) => widgets[name] === 'signature').map(([n]) => n);
  return { flags, pads };
}

/** The signature fields of `form` that `data` leaves unsigned (a flag not `true`, an empty pad). */
export function unsignedFields(form: FormDefinition, data: Readonly<JsonObject>): string[] {
  const { flags, pads } = signatureFields(form);
  if (flags.length > 0) return flags.filter((name) => data[name] !== true);
  return pads.filter((name) => {
    const value = data[name];
    return typeof value !== 'string' || value.trim() === '';
  });
}
