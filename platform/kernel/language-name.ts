/** A language's name in another language (`fr` in `en`: "French"), from the runtime's Unicode data; the tag itself when unknown. */
export function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
