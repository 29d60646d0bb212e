import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize-name.js';

describe('normalizeName', () => {
  it.each([
    ['Ivanov Ivan', 'ivanov ivan'],
    ['  IVANOV,   Ivan-Petrovich ', 'ivanov ivan petrovich'],
    ['Иванов Иван', 'ivanov ivan'],
    ['Хасанов', 'xasanov'],
    ['Xasanov', 'xasanov'],
    ['Khasanov', 'xasanov'],
    ['Жанна', 'janna'],
    ['Zhanna', 'janna'],
    ['Елена', 'elena'],
    ['Yelena', 'elena'],
    ['Фёдор', 'fedor'],
    ['Gʻulom Oʻrinov', 'gulom orinov'],
    ["G'ulom O‘rinov", 'gulom orinov'],
    ['Ғулом Ўринов', 'gulom orinov'],
    ['Қодиров Шавкат', 'qodirov shavkat'],
    ['Şükrü Çelik', 'sukru celik'],
    ['Đorđe Łukasz Straße', 'dorde lukasz strasse'],
    ['Đorđe', 'dorde'],
    ['Ђорђе', 'djordje'],
    ['Ольга-Мария', 'olga mariya'],
    ['Noël Zoë', 'noel zoe'],
    ['ＡＢＣ', 'abc'],
    ['', ''],
    ['  -- ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const name of ['Ғулом Ўринов', 'Khasanov Zhanna', 'Şükrü Çelik', 'Yelena']) {
      expect(normalizeName(normalizeName(name))).toBe(normalizeName(name));
    }
  });
});
