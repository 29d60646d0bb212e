import { type LocalizedText, localize } from '../../kernel/localized-text.js';

/** The localized name of a definition (`title` of forms, `name` of the rest), or its id. */
export function definitionTitle(
  json: Readonly<Record<string, unknown>> | null | undefined,
  id: string,
  locale: string,
  fallbacks: readonly string[] = ['en'],
): string {
  const text = (json?.title ?? json?.name) as LocalizedText | string | undefined;
  if (text === undefined || text === null || typeof text === 'number') return id;
  return localize(text, locale, fallbacks) || id;
}
