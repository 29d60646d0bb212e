/** The languages the UIs speak; definitions supply their own translations for site content. */
export const UI_LOCALES = [
  { id: 'en', name: 'English' },
  { id: 'uz', name: "O'zbekcha" },
  { id: 'ru', name: 'Русский' },
  { id: 'sr-Cyrl', name: 'Српски' },
  { id: 'sr-Latn', name: 'Srpski' },
  { id: 'fr', name: 'Français' },
] as const;

export type UiLocale = (typeof UI_LOCALES)[number]['id'];

export function isUiLocale(value: string): value is UiLocale {
  return UI_LOCALES.some((l) => l.id === value);
}
