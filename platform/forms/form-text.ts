import type { SiteBundle } from '../definitions/site-bundle.js';
import { type LocalizedText, localize } from '../kernel/localized-text.js';

/** Localizes a form's texts: the locale, its language, the site's default locale, then `en`. */
export type FormText = {
  readonly locale: string;
  readonly fallbacks: readonly string[];
  /** The text in the best locale; `undefined` when there is no text. */
  text(value: LocalizedText | undefined): string | undefined;
};

/** The localizer of a site's texts for `locale`. */
export function formText(bundle: SiteBundle, locale: string): FormText {
  const fallbacks = [...new Set([bundle.site.defaultLocale, 'en'])];
  return {
    locale,
    fallbacks,
    text: (value) => (value === undefined ? undefined : localize(value, locale, fallbacks)),
  };
}
