import type { UiLocale } from '../../../runtime-ui/src/common/ui-locales.js';

type Messages = Record<string, Record<UiLocale, string>>;

/** Words of the semantic diff. */
export const CHANGES_MESSAGES = {
  title: {
    en: 'Changes',
    uz: "O'zgarishlar",
    ru: 'Изменения',
    'sr-Cyrl': 'Измене',
    'sr-Latn': 'Izmene',
    fr: 'Changements',
  },
  intro: {
    en: 'What publishing the drafts would change, in domain words, and how many open cases each change touches today.',
    uz: "Qoralamalarni e'lon qilish nimani o'zgartirishi va har bir o'zgarish bugun nechta ochiq keysga taalluqli ekanligi.",
    ru: 'Что изменит публикация черновиков — словами предметной области — и сколько открытых случаев затрагивает каждое изменение сегодня.',
    'sr-Cyrl':
      'Шта би објава нацрта променила, речима струке, и колико отворених случајева свака измена данас дотиче.',
    'sr-Latn':
      'Šta bi objava nacrta promenila, rečima struke, i koliko otvorenih slučajeva svaka izmena danas dotiče.',
    fr: 'Ce que la publication des brouillons changerait, en termes métier, et combien de cas ouverts chaque changement touche aujourd’hui.',
  },
  compare: {
    en: 'Compare',
    uz: 'Solishtirish',
    ru: 'Сравнить',
    'sr-Cyrl': 'Упореди',
    'sr-Latn': 'Uporedi',
    fr: 'Comparer',
  },
  draftsVsActive: {
    en: 'Drafts against the published version',
    uz: "Qoralamalar va e'lon qilingan versiya",
    ru: 'Черновики и опубликованная версия',
    'sr-Cyrl': 'Нацрти у односу на објављену верзију',
    'sr-Latn': 'Nacrti u odnosu na objavljenu verziju',
    fr: 'Brouillons face à la version publiée',
  },
  versionVsVersion: {
    en: 'Version {from} → version {to}',
    uz: '{from}-versiya → {to}-versiya',
    ru: 'Версия {from} → версия {to}',
    'sr-Cyrl': 'Верзија {from} → верзија {to}',
    'sr-Latn': 'Verzija {from} → verzija {to}',
    fr: 'Version {from} → version {to}',
  },
  none: {
    en: 'No changes.',
    uz: "O'zgarishlar yo'q.",
    ru: 'Изменений нет.',
    'sr-Cyrl': 'Нема измена.',
    'sr-Latn': 'Nema izmena.',
    fr: 'Aucun changement.',
  },
  summary: {
    en: '{changes} changes in {definitions} definitions; {touching} of them touch open cases.',
    uz: "{definitions} ta ta'rifda {changes} ta o'zgarish; ulardan {touching} tasi ochiq keyslarga taalluqli.",
    ru: 'Изменений: {changes} в {definitions} определениях; затрагивают открытые случаи: {touching}.',
    'sr-Cyrl': 'Измена: {changes} у {definitions} дефиниција; отворене случајеве дотиче: {touching}.',
    'sr-Latn': 'Izmena: {changes} u {definitions} definicija; otvorene slučajeve dotiče: {touching}.',
    fr: '{changes} changements dans {definitions} définitions ; {touching} touchent des cas ouverts.',
  },
  affected: {
    en: '{n} affected',
    uz: '{n} ta taalluqli',
    ru: 'затронуто: {n}',
    'sr-Cyrl': 'дотакнуто: {n}',
    'sr-Latn': 'dotaknuto: {n}',
    fr: '{n} concernés',
  },
  problems: {
    en: 'The drafts have problems; the changes can be listed once the checker finds no error.',
    uz: "Qoralamalarda muammolar bor; tekshiruv xato topmaganidan keyin o'zgarishlar ro'yxati chiqadi.",
    ru: 'В черновиках есть проблемы; изменения будут показаны, когда проверка не найдёт ошибок.',
    'sr-Cyrl': 'Нацрти имају проблеме; измене се приказују када провера не нађе грешке.',
    'sr-Latn': 'Nacrti imaju probleme; izmene se prikazuju kada provera ne nađe greške.',
    fr: 'Les brouillons ont des problèmes ; les changements s’affichent quand la vérification ne trouve plus d’erreur.',
  },
  openDefinition: {
    en: 'Open {name}',
    uz: '{name} ni ochish',
    ru: 'Открыть {name}',
    'sr-Cyrl': 'Отвори {name}',
    'sr-Latn': 'Otvori {name}',
    fr: 'Ouvrir {name}',
  },
  renameHint: {
    en: 'Looks like a rename: map it when migrating open cases.',
    uz: "Nom o'zgarishiga o'xshaydi: ochiq keyslarni ko'chirishda moslang.",
    ru: 'Похоже на переименование: укажите его при миграции открытых случаев.',
    'sr-Cyrl': 'Личи на преименовање: мапирајте га при миграцији отворених случајева.',
    'sr-Latn': 'Liči na preimenovanje: mapirajte ga pri migraciji otvorenih slučajeva.',
    fr: 'Ressemble à un renommage : indiquez-le lors de la migration des cas ouverts.',
  },
} satisfies Messages;
