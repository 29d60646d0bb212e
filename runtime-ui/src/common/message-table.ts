import type { UiLocale } from './ui-locales.js';

/** A table of UI messages: message id → the text in every UI locale. */
export type MessageTable = Readonly<Record<string, Readonly<Record<UiLocale, string>>>>;

export type MessageParams = Readonly<Record<string, string | number>>;

/** A message of `table` in `locale` (English when missing) with `{name}` placeholders filled. */
export function formatMessage(
  table: MessageTable,
  id: string,
  locale: UiLocale,
  params: MessageParams = {},
): string {
  const message = table[id]?.[locale] ?? table[id]?.en ?? id;
  return message.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}
