/**
 * The forms engine's own UI strings, in every locale the platform ships: validation messages for
 * every JSON Schema keyword the engine emits and for its own codes, and the words of read-only
 * views. Phrases with a count come in the plural forms of `Intl.PluralRules` (Russian and Serbian
 * need three). Add a key here and in every locale; the tests check completeness.
 */
export const MESSAGE_LOCALES = ['en', 'fr', 'uz', 'ru', 'sr-Cyrl', 'sr-Latn'] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

export type Plural = {
  readonly one?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
};
export type Phrase = string | Plural;
type Entry = Readonly<Record<MessageLocale, Phrase>>;

const same = (en: string, fr: string, uz: string, ru: string, cyrl: string, latn: string): Entry => ({
  en,
  fr,
  uz,
  ru,
  'sr-Cyrl': cyrl,
  'sr-Latn': latn,
});

/** Every message in every locale. */
export const MESSAGE_CATALOGUE = {
  required: same(
    'This field is required.',
    'Ce champ est obligatoire.',
    "Bu maydonni to'ldirish majburiy.",
    'Это поле обязательно для заполнения.',
    'Ово поље је обавезно.',
    'Ovo polje je obavezno.',
  ),
  'type.string': same(
    'Enter text.',
    'Saisissez du texte.',
    'Matn kiriting.',
    'Введите текст.',
    'Унесите текст.',
    'Unesite tekst.',
  ),
  'type.number': same(
    'Enter a number.',
    'Saisissez un nombre.',
    'Son kiriting.',
    'Введите число.',
    'Унесите број.',
    'Unesite broj.',
  ),
  'type.integer': same(
    'Enter a whole number.',
    'Saisissez un nombre entier.',
    'Butun son kiriting.',
    'Введите целое число.',
    'Унесите цео број.',
    'Unesite ceo broj.',
  ),
  'type.boolean': same(
    'Choose yes or no.',
    'Choisissez oui ou non.',
    "«Ha» yoki «Yo'q»ni tanlang.",
    'Выберите «Да» или «Нет».',
    'Изаберите „да” или „не”.',
    'Izaberite „da” ili „ne”.',
  ),
  'type.array': same(
    'Expected a list.',
    'Une liste est attendue.',
    "Ro'yxat kutilgan.",
    'Ожидается список.',
    'Очекује се листа.',
    'Očekuje se lista.',
  ),
  'type.object': same(
    'Expected a group of fields.',
    'Un groupe de champs est attendu.',
    'Maydonlar guruhi kutilgan.',
    'Ожидается группа полей.',
    'Очекује се група поља.',
    'Očekuje se grupa polja.',
  ),
  'format.date': same(
    'Enter a valid date (YYYY-MM-DD).',
    'Saisissez une date valide (AAAA-MM-JJ).',
    "To'g'ri sana kiriting (YYYY-MM-DD).",
    'Введите правильную дату (ГГГГ-ММ-ДД).',
    'Унесите исправан датум (ГГГГ-ММ-ДД).',
    'Unesite ispravan datum (GGGG-MM-DD).',
  ),
  'format.date-time': same(
    'Enter a valid date and time.',
    'Saisissez une date et une heure valides.',
    "To'g'ri sana va vaqtni kiriting.",
    'Введите правильные дату и время.',
    'Унесите исправан датум и време.',
    'Unesite ispravan datum i vreme.',
  ),
  'format.time': same(
    'Enter a valid time (HH:MM).',
    'Saisissez une heure valide (HH:MM).',
    "To'g'ri vaqtni kiriting (SS:DD).",
    'Введите правильное время (ЧЧ:ММ).',
    'Унесите исправно време (ЧЧ:ММ).',
    'Unesite ispravno vreme (ČČ:MM).',
  ),
  'format.email': same(
    'Enter a valid e-mail address.',
    'Saisissez une adresse e-mail valide.',
    "To'g'ri elektron pochta manzilini kiriting.",
    'Введите правильный адрес электронной почты.',
    'Унесите исправну адресу е-поште.',
    'Unesite ispravnu adresu e-pošte.',
  ),
  'format.uri': same(
    'Enter a valid web address (https://…).',
    'Saisissez une adresse web valide (https://…).',
    "To'g'ri veb-manzil kiriting (https://…).",
    'Введите правильный веб-адрес (https://…).',
    'Унесите исправну веб-адресу (https://…).',
    'Unesite ispravnu veb-adresu (https://…).',
  ),
  option: same(
    'Choose one of the listed options.',
    "Choisissez l'une des options proposées.",
    'Taklif qilingan variantlardan birini tanlang.',
    'Выберите один из предложенных вариантов.',
    'Изаберите једну од понуђених опција.',
    'Izaberite jednu od ponuđenih opcija.',
  ),
  option_not_allowed: same(
    'This option is not available with the other answers.',
    "Cette option n'est pas disponible avec les autres réponses.",
    'Bu variant boshqa javoblar bilan mavjud emas.',
    'Этот вариант недоступен при указанных ответах.',
    'Ова опција није доступна уз остале одговоре.',
    'Ova opcija nije dostupna uz ostale odgovore.',
  ),
  minLength: {
    en: { one: 'Enter at least {limit} character.', other: 'Enter at least {limit} characters.' },
    fr: { one: 'Saisissez au moins {limit} caractère.', other: 'Saisissez au moins {limit} caractères.' },
    uz: 'Kamida {limit} ta belgi kiriting.',
    ru: { one: 'Введите не менее {limit} символа.', other: 'Введите не менее {limit} символов.' },
    'sr-Cyrl': {
      one: 'Унесите најмање {limit} знак.',
      few: 'Унесите најмање {limit} знака.',
      other: 'Унесите најмање {limit} знакова.',
    },
    'sr-Latn': {
      one: 'Unesite najmanje {limit} znak.',
      few: 'Unesite najmanje {limit} znaka.',
      other: 'Unesite najmanje {limit} znakova.',
    },
  },
  maxLength: {
    en: { one: 'Enter at most {limit} character.', other: 'Enter at most {limit} characters.' },
    fr: { one: 'Saisissez au plus {limit} caractère.', other: 'Saisissez au plus {limit} caractères.' },
    uz: "Ko'pi bilan {limit} ta belgi kiriting.",
    ru: { one: 'Введите не более {limit} символа.', other: 'Введите не более {limit} символов.' },
    'sr-Cyrl': {
      one: 'Унесите највише {limit} знак.',
      few: 'Унесите највише {limit} знака.',
      other: 'Унесите највише {limit} знакова.',
    },
    'sr-Latn': {
      one: 'Unesite najviše {limit} znak.',
      few: 'Unesite najviše {limit} znaka.',
      other: 'Unesite najviše {limit} znakova.',
    },
  },
  minItems: {
    en: { one: 'Add at least {limit} item.', other: 'Add at least {limit} items.' },
    fr: { one: 'Ajoutez au moins {limit} élément.', other: 'Ajoutez au moins {limit} éléments.' },
    uz: "Kamida {limit} ta element qo'shing.",
    ru: { one: 'Добавьте не менее {limit} элемента.', other: 'Добавьте не менее {limit} элементов.' },
    'sr-Cyrl': {
      one: 'Додајте најмање {limit} ставку.',
      few: 'Додајте најмање {limit} ставке.',
      other: 'Додајте најмање {limit} ставки.',
    },
    'sr-Latn': {
      one: 'Dodajte najmanje {limit} stavku.',
      few: 'Dodajte najmanje {limit} stavke.',
      other: 'Dodajte najmanje {limit} stavki.',
    },
  },
  maxItems: {
    en: { one: 'At most {limit} item is allowed.', other: 'At most {limit} items are allowed.' },
    fr: { one: 'Au plus {limit} élément est autorisé.', other: 'Au plus {limit} éléments sont autorisés.' },
    uz: "Ko'pi bilan {limit} ta element kiritish mumkin.",
    ru: { one: 'Допускается не более {limit} элемента.', other: 'Допускается не более {limit} элементов.' },
    'sr-Cyrl': {
      one: 'Дозвољена је највише {limit} ставка.',
      few: 'Дозвољене су највише {limit} ставке.',
      other: 'Дозвољено је највише {limit} ставки.',
    },
    'sr-Latn': {
      one: 'Dozvoljena je najviše {limit} stavka.',
      few: 'Dozvoljene su najviše {limit} stavke.',
      other: 'Dozvoljeno je najviše {limit} stavki.',
    },
  },
  minimum: same(
    'Must be at least {limit}.',
    'La valeur minimale est {limit}.',
    "Qiymat kamida {limit} bo'lishi kerak.",
    'Значение должно быть не меньше {limit}.',
    'Вредност мора бити најмање {limit}.',
    'Vrednost mora biti najmanje {limit}.',
  ),
  maximum: same(
    'Must be at most {limit}.',
    'La valeur maximale est {limit}.',
    "Qiymat ko'pi bilan {limit} bo'lishi kerak.",
    'Значение должно быть не больше {limit}.',
    'Вредност може бити највише {limit}.',
    'Vrednost može biti najviše {limit}.',
  ),
  pattern: same(
    'The value does not have the expected format.',
    "La valeur n'a pas le format attendu.",
    'Qiymat kutilgan formatda emas.',
    'Значение не соответствует ожидаемому формату.',
    'Вредност није у очекиваном облику.',
    'Vrednost nije u očekivanom obliku.',
  ),
  uniqueItems: same(
    'Each item may appear only once.',
    "Chaque élément ne peut figurer qu'une fois.",
    "Har bir element faqat bir marta bo'lishi mumkin.",
    'Каждый элемент может встречаться только один раз.',
    'Свака ставка може да се појави само једном.',
    'Svaka stavka može da se pojavi samo jednom.',
  ),
  unknown_field: same(
    'This field is not part of the form.',
    'Ce champ ne fait pas partie du formulaire.',
    'Bu maydon shaklga tegishli emas.',
    'Этого поля нет в форме.',
    'Ово поље није део обрасца.',
    'Ovo polje nije deo obrasca.',
  ),
  invalid: same(
    'The value is not valid.',
    "La valeur n'est pas valide.",
    "Qiymat noto'g'ri.",
    'Недопустимое значение.',
    'Вредност није исправна.',
    'Vrednost nije ispravna.',
  ),
  rule_failed: same(
    'A rule of this form could not be checked. Please tell your site administrator.',
    "Une règle de ce formulaire n'a pas pu être vérifiée. Veuillez prévenir l'administrateur du site.",
    "Ushbu shakl qoidasini tekshirib bo'lmadi. Sayt administratoriga xabar bering.",
    'Не удалось проверить правило этой формы. Сообщите администратору сайта.',
    'Правило овог обрасца није могло да се провери. Обавестите администратора сајта.',
    'Pravilo ovog obrasca nije moglo da se proveri. Obavestite administratora sajta.',
  ),
  rules_unstable: same(
    "The form's calculated values did not settle; check them before saving.",
    'Les valeurs calculées du formulaire ne se stabilisent pas ; vérifiez-les avant d’enregistrer.',
    'Shaklning hisoblangan qiymatlari barqarorlashmadi; saqlashdan oldin ularni tekshiring.',
    'Вычисляемые значения формы не стабилизировались; проверьте их перед сохранением.',
    'Израчунате вредности обрасца се нису уједначиле; проверите их пре чувања.',
    'Izračunate vrednosti obrasca se nisu ujednačile; proverite ih pre čuvanja.',
  ),
  yes: same('Yes', 'Oui', 'Ha', 'Да', 'Да', 'Da'),
  no: same('No', 'Non', "Yo'q", 'Нет', 'Не', 'Ne'),
} satisfies Record<string, Entry>;
