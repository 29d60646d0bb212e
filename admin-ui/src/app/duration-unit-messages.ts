import type { UiLocale } from '../../../runtime-ui/src/common/ui-locales.js';

type Messages = Record<string, Record<UiLocale, string>>;

/**
 * The units of durations (`unit_<unit>`), shared by the SOP view, the referral and rule editors
 * and the site settings: one wording wherever a deadline or a setting is shown.
 */
export const DURATION_UNIT_MESSAGES = {
  unit_hours: { en: 'hours', uz: 'soat', ru: 'ч', 'sr-Cyrl': 'сати', 'sr-Latn': 'sati', fr: 'heures' },
  unit_days: { en: 'days', uz: 'kun', ru: 'дн.', 'sr-Cyrl': 'дана', 'sr-Latn': 'dana', fr: 'jours' },
  unit_working_days: {
    en: 'working days',
    uz: 'ish kuni',
    ru: 'раб. дн.',
    'sr-Cyrl': 'радних дана',
    'sr-Latn': 'radnih dana',
    fr: 'jours ouvrés',
  },
  unit_weeks: {
    en: 'weeks',
    uz: 'hafta',
    ru: 'нед.',
    'sr-Cyrl': 'недеља',
    'sr-Latn': 'nedelja',
    fr: 'semaines',
  },
  unit_months: { en: 'months', uz: 'oy', ru: 'мес.', 'sr-Cyrl': 'месеци', 'sr-Latn': 'meseci', fr: 'mois' },
  unit_years: { en: 'years', uz: 'yil', ru: 'лет', 'sr-Cyrl': 'година', 'sr-Latn': 'godina', fr: 'ans' },
} satisfies Messages;
