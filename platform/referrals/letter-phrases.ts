import type { LocalizedText } from '../kernel/localized-text.js';

/** The letter used when a protocol defines none: a heading and a body with the standard placeholders. */
export const DEFAULT_LETTER: { readonly title: LocalizedText; readonly body: LocalizedText } = {
  title: {
    en: 'Referral',
    fr: 'Lettre d’orientation',
    uz: "Yo'llanma",
    ru: 'Направление',
    'sr-Cyrl': 'Упут',
    'sr-Latn': 'Uput',
  },
  body: {
    en: '{{sender.partner}} refers {{client.name}} to {{receiver}}. Reason: {{reason}}. Please answer by {{dueDate}}.',
    fr: '{{sender.partner}} oriente {{client.name}} vers {{receiver}}. Motif : {{reason}}. Merci de répondre avant le {{dueDate}}.',
    uz: "{{sender.partner}} {{client.name}}ni yo'llaydi. Qabul qiluvchi: {{receiver}}. Sabab: {{reason}}. Iltimos, {{dueDate}}gacha javob bering.",
    ru: '{{sender.partner}} направляет клиента {{client.name}}. Получатель: {{receiver}}. Причина: {{reason}}. Просим ответить до {{dueDate}}.',
    'sr-Cyrl':
      '{{sender.partner}} упућује клијента {{client.name}}. Прималац: {{receiver}}. Разлог: {{reason}}. Молимо одговор до {{dueDate}}.',
    'sr-Latn':
      '{{sender.partner}} upućuje klijenta {{client.name}}. Primalac: {{receiver}}. Razlog: {{reason}}. Molimo odgovor do {{dueDate}}.',
  },
};

/** A blank to fill in by hand on the printed letter, where the data is not shared or not known yet. */
export const BLANK = '__________';
