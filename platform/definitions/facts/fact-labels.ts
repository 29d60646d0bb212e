import { type LocalizedText, localize } from '../../kernel/localized-text.js';
import { fieldAt } from '../form-field-at.js';
import type { SiteBundle } from '../site-bundle.js';

function formFieldTitle(bundle: SiteBundle, formId: string, path: string): LocalizedText | undefined {
  const form = bundle.forms[formId];
  return form && path !== '' ? fieldAt(form, path)?.title : undefined;
}

/**
 * Names `var` paths of case facts for explanations, in `locale`: `forms.<form>.<field>` and
 * `person.<field>` by the field's title, `settings.<id>` by the setting's label,
 * `referrals.<protocol>.<x>` by the protocol's name. Unknown paths stay as written.
 */
export function factLabeller(bundle: SiteBundle, locale: string): (path: string) => string | undefined {
  const fallbacks = [bundle.site.defaultLocale, 'en'];
  const text = (value: LocalizedText | undefined) =>
    value === undefined ? undefined : localize(value, locale, fallbacks);
  return (path) => {
    const [head = '', id = '', ...rest] = path.split('.');
    switch (head) {
      case 'forms':
        return text(formFieldTitle(bundle, id, rest.join('.')));
      case 'person': {
        const registration = bundle.site.registration?.form.form;
        return registration && text(formFieldTitle(bundle, registration, [id, ...rest].join('.')));
      }
      case 'settings':
        return text(bundle.site.settings?.[id]?.label);
      case 'referrals': {
        const name = text(bundle.referrals[id]?.name);
        return name && (rest.length > 0 ? `${name}: ${rest.join('.')}` : name);
      }
      default:
        return undefined;
    }
  };
}
