/**
 * Given names and family names of the example sites' populations, by naming culture: Uzbek (Latin
 * script), Russian (Cyrillic, as written in Tashkent), Serbian (Latin; turned into Cyrillic per
 * person), Ivorian French and Ghanaian English. Family names are the masculine form; feminine forms
 * are derived (`person-name.ts`).
 */
export type NameCulture = 'uz' | 'ru' | 'sr' | 'fr' | 'en';

export type NamePool = {
  readonly male: readonly string[];
  readonly female: readonly string[];
  readonly family: readonly string[];
};

// biome-ignore format: name lists read best as paragraphs.
const UZ: NamePool = {
  male: ['Aziz', 'Bobur', 'Jasur', 'Sherzod', 'Dilshod', 'Rustam', 'Akmal', 'Farrux', "Ulug'bek", 'Otabek',
    'Sardor', 'Jahongir', 'Bekzod', 'Shuhrat', 'Anvar', 'Alisher', 'Doniyor', 'Javlon', 'Islom', 'Rahim',
    'Sanjar', 'Temur', 'Zafar', 'Nodir', 'Ilhom', 'Mansur', 'Ravshan', 'Botir', 'Umid', 'Davron', 'Abdulla',
    'Hamid', 'Jamshid', 'Komil', 'Murod', 'Nurbek', 'Oybek', 'Qodir', 'Shavkat', 'Behruz'],
  female: ['Dilnoza', 'Gulnora', 'Nilufar', 'Malika', 'Madina', 'Shahnoza', 'Zarina', 'Feruza', 'Mohira',
    'Sevara', 'Nodira', 'Dildora', 'Gulbahor', 'Kamola', 'Laylo', 'Munisa', 'Nargiza', 'Ozoda', 'Rayhona',
    'Sabina', 'Saida', 'Umida', 'Yulduz', 'Zilola', 'Barno', 'Charos', 'Diyora', 'Farangiz', 'Hilola',
    'Iroda', 'Lola', 'Marjona', 'Nasiba', 'Oygul', 'Shoira', 'Xurshida', 'Zuhra', 'Gulchehra'],
  family: ['Karimov', 'Rahimov', 'Yusupov', 'Aliyev', 'Tursunov', 'Abdullayev', 'Ismoilov', 'Xolmatov',
    'Nazarov', 'Sodiqov', 'Mirzayev', 'Qodirov', 'Ergashev', 'Saidov', 'Usmonov', 'Hasanov', "Jo'rayev",
    'Rasulov', "Toshpo'latov", 'Umarov', 'Sharipov', 'Zokirov', 'Haydarov', 'Mahmudov', 'Nurmatov', 'Olimov',
    'Qosimov', 'Rustamov', 'Salimov', 'Tojiyev', 'Valiyev', 'Xudoyberdiyev', "Yo'ldoshev", 'Baxtiyorov',
    'Davletov', 'Fayzullayev', "G'aniyev", 'Islomov', 'Jalilov', 'Komilov'],
};

// biome-ignore format: name lists read best as paragraphs.
const RU: NamePool = {
  male: ['Александр', 'Алексей', 'Андрей', 'Дмитрий', 'Сергей', 'Евгений', 'Игорь', 'Максим', 'Михаил',
    'Николай', 'Олег', 'Павел', 'Роман', 'Виктор', 'Владимир', 'Юрий', 'Артём', 'Денис', 'Илья', 'Константин'],
  female: ['Анна', 'Елена', 'Ольга', 'Наталья', 'Ирина', 'Татьяна', 'Екатерина', 'Светлана', 'Марина', 'Юлия',
    'Анастасия', 'Виктория', 'Людмила', 'Галина', 'Валентина', 'Оксана', 'Дарья', 'Ксения', 'Полина', 'Алина'],
  family: ['Иванов', 'Петров', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Лебедев', 'Козлов', 'Новиков',
    'Морозов', 'Волков', 'Соловьёв', 'Васильев', 'Зайцев', 'Павлов', 'Семёнов', 'Голубев', 'Виноградов',
    'Богданов', 'Воробьёв', 'Ким', 'Пак', 'Цой', 'Шевченко', 'Ковальский', 'Ильин', 'Никитин', 'Фёдоров'],
};

/** Russian patronymics by father's name: [masculine, feminine]. */
// biome-ignore format: pairs read best as a table.
export const RU_PATRONYMICS: readonly (readonly [string, string])[] = [
  ['Александрович', 'Александровна'], ['Алексеевич', 'Алексеевна'], ['Андреевич', 'Андреевна'],
  ['Дмитриевич', 'Дмитриевна'], ['Сергеевич', 'Сергеевна'], ['Евгеньевич', 'Евгеньевна'],
  ['Игоревич', 'Игоревна'], ['Михайлович', 'Михайловна'], ['Николаевич', 'Николаевна'],
  ['Олегович', 'Олеговна'], ['Павлович', 'Павловна'], ['Викторович', 'Викторовна'],
  ['Владимирович', 'Владимировна'], ['Юрьевич', 'Юрьевна'], ['Борисович', 'Борисовна'],
  ['Геннадьевич', 'Геннадьевна'], ['Анатольевич', 'Анатольевна'], ['Валерьевич', 'Валерьевна'],
  ['Иванович', 'Ивановна'], ['Петрович', 'Петровна'],
];

// biome-ignore format: name lists read best as paragraphs.
const SR: NamePool = {
  male: ['Marko', 'Nikola', 'Stefan', 'Luka', 'Lazar', 'Miloš', 'Nemanja', 'Aleksa', 'Filip', 'Dušan', 'Vuk',
    'Uroš', 'Đorđe', 'Milan', 'Dragan', 'Jovan', 'Petar', 'Bojan', 'Ivan', 'Vladimir', 'Aleksandar', 'Nenad',
    'Dejan', 'Srđan', 'Mihajlo', 'Andrija', 'Ognjen', 'Vukašin', 'Danilo', 'Pavle'],
  female: ['Jelena', 'Milica', 'Ana', 'Marija', 'Jovana', 'Ivana', 'Teodora', 'Katarina', 'Anđela', 'Sara',
    'Tijana', 'Dragana', 'Nevena', 'Kristina', 'Sanja', 'Jasmina', 'Milena', 'Tamara', 'Aleksandra', 'Maja',
    'Nataša', 'Snežana', 'Dunja', 'Nina', 'Sofija', 'Vesna', 'Ljiljana', 'Biljana', 'Gordana', 'Mila'],
  family: ['Jovanović', 'Petrović', 'Nikolić', 'Marković', 'Đorđević', 'Stojanović', 'Ilić', 'Stanković',
    'Pavlović', 'Milošević', 'Popović', 'Đokić', 'Kostić', 'Mitrović', 'Živković', 'Lazić', 'Ristić', 'Vasić',
    'Todorović', 'Tomić', 'Marinković', 'Stevanović', 'Obradović', 'Radovanović', 'Milenković', 'Ćirić',
    'Nedeljković', 'Janković', 'Simić', 'Savić', 'Jevtić', 'Krstić', 'Lukić', 'Pešić', 'Matić'],
};

// biome-ignore format: name lists read best as paragraphs.
const FR: NamePool = {
  male: ['Kouassi', 'Koffi', 'Yao', 'Kouadio', 'Konan', 'Amani', "N'Guessan", 'Moussa', 'Ibrahim', 'Souleymane',
    'Seydou', 'Mamadou', 'Adama', 'Lassina', 'Drissa', 'Jean-Baptiste', 'Emmanuel', 'Serge', 'Didier', 'Arsène',
    'Ismaël', 'Yacouba', 'Bakary', 'Hamed', 'Ange', 'Franck', 'Hervé', 'Cédric', 'Wilfried', 'Samuel'],
  female: ['Awa', 'Aminata', 'Fatou', 'Mariam', 'Adjoua', 'Aya', 'Affoué', 'Akissi', 'Amenan', 'Ahou',
    'Fatoumata', 'Kadiatou', 'Salimata', 'Rokia', 'Assita', 'Ramatou', 'Bintou', 'Marie-Claire', 'Christelle',
    'Grâce', 'Prisca', 'Estelle', 'Josiane', 'Nadège', 'Sandrine', 'Mireille', 'Odile', 'Clarisse', 'Ruth'],
  family: ['Traoré', 'Koné', 'Ouattara', 'Coulibaly', 'Bamba', 'Diallo', 'Touré', 'Kouamé', 'Kouassi', 'Konan',
    'Yao', 'Kouadio', "N'Guessan", 'Koffi', 'Diabaté', 'Cissé', 'Sangaré', 'Doumbia', 'Fofana', 'Soro',
    'Silué', 'Yéo', 'Tanoh', 'Aka', 'Brou', 'Gnagne', 'Kra', 'Assi', 'Ehui', 'Dosso'],
};

// biome-ignore format: name lists read best as paragraphs.
const EN: NamePool = {
  male: ['Kwame', 'Kofi', 'Kwaku', 'Yaw', 'Kwabena', 'Kojo', 'Kwesi', 'Emmanuel', 'Samuel', 'Daniel', 'Isaac',
    'Prince', 'Richard', 'Joseph', 'Michael', 'Ebenezer', 'Nana', 'Francis', 'Godfred', 'Stephen'],
  female: ['Ama', 'Akosua', 'Abena', 'Adwoa', 'Afua', 'Efua', 'Esi', 'Yaa', 'Akua', 'Araba', 'Grace', 'Mercy',
    'Comfort', 'Patience', 'Gifty', 'Abigail', 'Priscilla', 'Joyce', 'Linda', 'Rita'],
  family: ['Mensah', 'Owusu', 'Boateng', 'Asante', 'Osei', 'Agyeman', 'Appiah', 'Addo', 'Amoah', 'Ofori',
    'Acheampong', 'Adjei', 'Bonsu', 'Darko', 'Frimpong', 'Gyamfi', 'Kyei', 'Nkrumah', 'Quaye', 'Tetteh',
    'Yeboah', 'Sarpong', 'Ansah', 'Badu', 'Danso'],
};

export const NAME_POOLS: Readonly<Record<NameCulture, NamePool>> = { uz: UZ, ru: RU, sr: SR, fr: FR, en: EN };

/**
 * The naming culture of a language value (a locale such as `sr-Cyrl`, or a word such as
 * `serbian`); `undefined` for languages without a pool.
 */
export function cultureOfLanguage(language: string): NameCulture | undefined {
  const tag = language.toLowerCase();
  const words: Record<string, NameCulture> = {
    uzbek: 'uz',
    russian: 'ru',
    serbian: 'sr',
    french: 'fr',
    english: 'en',
  };
  const primary = tag.split(/[-_]/)[0] ?? '';
  if (primary in NAME_POOLS) return primary as NameCulture;
  return words[tag];
}
