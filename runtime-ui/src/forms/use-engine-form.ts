import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type EffectiveForm, effectiveForm, type FieldError } from '../../../platform/forms/index.js';
import { getAtPointer } from '../../../platform/kernel/json-pointer.js';
import { useI18n } from '../common/i18n.js';
import { useSite } from '../site/site-context.js';
import { pointerOfId } from './field-ids.js';

/** A generated form's live state: the engine's verdict on the current answers, and what to show. */
export type EngineFormState = {
  readonly formId: string;
  readonly ef: EffectiveForm;
  /** Errors to show now: missing answers once the field was left (or after a submit attempt), others at once, and the server's. */
  readonly visibleErrors: readonly FieldError[];
  /** Whether answers changed since `markSaved`. */
  readonly dirty: boolean;
  change(data: unknown): void;
  touch(id: string): void;
  /** Shows every problem (after a submit attempt). */
  revealAll(): void;
  /** The server's field errors (pointers into the data); `reveal` also shows every other problem. */
  setServerErrors(errors: readonly FieldError[], reveal?: boolean): void;
  markSaved(): void;
  replace(data: unknown): void;
};

/**
 * Runs the forms engine on every change (show/hide, required, calculated values and option
 * filters act at once) and keeps which problems the user should see.
 */
export function useEngineForm(formId: string, initialData: unknown): EngineFormState {
  const site = useSite();
  const { locale } = useI18n();
  const compute = useCallback(
    (data: unknown) => effectiveForm({ bundle: site.bundle, formId, data, locale, today: site.today() }),
    [site, formId, locale],
  );
  const [ef, setEf] = useState<EffectiveForm>(() => compute(initialData));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [all, setAll] = useState(false);
  const [server, setServer] = useState<readonly FieldError[]>([]);
  const [dirty, setDirty] = useState(false);
  const data = useRef(ef.data);
  data.current = ef.data;
  // Labels and messages follow the language.
  useEffect(() => setEf(compute(data.current)), [compute]);
  const change = useCallback(
    (next: unknown) => {
      const updated = compute(next);
      // A server message stays until its answer changes.
      setServer((errors) =>
        errors.filter((e) => getAtPointer(updated.data, e.pointer) === getAtPointer(data.current, e.pointer)),
      );
      setEf(updated);
      setDirty(true);
    },
    [compute],
  );
  const visibleErrors = useMemo(() => {
    const local = ef.errors.filter((e) => all || e.code !== 'required' || touched.has(e.pointer));
    const seen = new Set(local.map((e) => `${e.pointer}|${e.message}`));
    return [...local, ...server.filter((e) => !seen.has(`${e.pointer}|${e.message}`))];
  }, [ef.errors, all, touched, server]);
  return {
    formId,
    ef,
    visibleErrors,
    dirty,
    change,
    touch: useCallback((id: string) => setTouched((s) => new Set(s).add(pointerOfId(id))), []),
    revealAll: useCallback(() => setAll(true), []),
    setServerErrors: useCallback((errors: readonly FieldError[], reveal = true) => {
      setServer(errors);
      if (reveal) setAll(true);
    }, []),
    markSaved: useCallback(() => setDirty(false), []),
    replace: useCallback(
      (next: unknown) => {
        setEf(compute(next));
        setDirty(false);
      },
      [compute],
    ),
  };
}
