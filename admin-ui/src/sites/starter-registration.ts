import type { JsonObject } from '../../../platform/kernel/json.js';
import { formatMessage } from '../../../runtime-ui/src/common/message-table.js';
import { isUiLocale } from '../../../runtime-ui/src/common/ui-locales.js';
import { siteAdmin } from '../api/admin-api.js';
import { SITE_MESSAGES } from './site-messages.js';

export const STARTER_FORM = 'person-registration';

/** A text in every locale of the site, from the UI's own messages (English where the UI has none). */
const textIn = (locales: readonly string[], id: string): JsonObject =>
  Object.fromEntries(locales.map((l) => [l, formatMessage(SITE_MESSAGES, id, isUiLocale(l) ? l : 'en')]));

/** The smallest registration form: names and date of birth, each required. */
export function starterRegistrationForm(locales: readonly string[]): JsonObject {
  return {
    kind: 'form',
    id: STARTER_FORM,
    title: textIn(locales, 'starterFormTitle'),
    purpose: 'registration',
    subject: 'person',
    fields: {
      type: 'object',
      properties: {
        firstName: { type: 'string', title: textIn(locales, 'starterFirstName') },
        lastName: { type: 'string', title: textIn(locales, 'starterLastName') },
        birthDate: { type: 'string', format: 'date', title: textIn(locales, 'starterBirthDate') },
      },
      required: ['firstName', 'lastName', 'birthDate'],
    },
  };
}

/**
 * Drafts, for a new site whose template registers nobody, a registration form and the site's
 * registration settings pointing at it (to be checked and published like any change).
 */
export async function draftStarterRegistration(siteId: string): Promise<void> {
  const api = siteAdmin(siteId);
  const read = await api.read('site', siteId);
  const site = (read.draft?.json ?? read.published) as JsonObject;
  if (site.registration !== undefined) return;
  const locales = (site.locales as string[] | undefined) ?? ['en'];
  await api.save('form', STARTER_FORM, starterRegistrationForm(locales), null);
  await api.save(
    'site',
    siteId,
    {
      ...site,
      registration: {
        form: { form: STARTER_FORM },
        nameFields: ['firstName', 'lastName'],
        birthDateField: 'birthDate',
      },
    },
    read.draft?.version ?? null,
  );
}
