import type { ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ajvFieldError } from './ajv-field-error.js';
import { formMessage, MESSAGE_KEYS, MESSAGE_LOCALES, messageLocale } from './form-messages.js';

describe('form messages', () => {
  it.each(MESSAGE_LOCALES)('has every message in %s, parameters filled', (locale) => {
    for (const key of MESSAGE_KEYS) {
      const text = formMessage(key, locale, { limit: 3 });
      expect(text.trim().length, key).toBeGreaterThan(0);
      expect(text, key).not.toMatch(/\{\w+\}/);
    }
  });

  it('has different phrases in different locales', () => {
    for (const key of MESSAGE_KEYS) {
      const texts = MESSAGE_LOCALES.map((locale) => formMessage(key, locale, { limit: 7 }));
      // Serbian in two scripts and Uzbek share a few words with others; most phrases differ everywhere.
      expect(new Set(texts).size, key).toBeGreaterThanOrEqual(4);
    }
  });

  it.each([
    ['ru', 1, 'Введите не более 1 символа.'],
    ['ru', 3, 'Введите не более 3 символов.'],
    ['ru', 21, 'Введите не более 21 символа.'],
    ['sr-Latn', 1, 'Unesite najviše 1 znak.'],
    ['sr-Latn', 3, 'Unesite najviše 3 znaka.'],
    ['sr-Latn', 5, 'Unesite najviše 5 znakova.'],
    ['fr', 1, 'Saisissez au plus 1 caractère.'],
    ['en', 1000, 'Enter at most 1,000 characters.'],
  ])('%s: maxLength %d → %s', (locale, limit, text) => {
    expect(formMessage('maxLength', locale, { limit })).toBe(text);
  });

  it.each([
    ['sr-Latn', 'sr-Latn'],
    ['sr', 'sr-Cyrl'],
    ['ru-RU', 'ru'],
    ['uz-Latn', 'uz'],
    ['de', 'en'],
  ])('picks %s → %s', (locale, picked) => {
    expect(messageLocale(locale)).toBe(picked);
  });

  it("falls back to the site's default locale before English", () => {
    expect(messageLocale('de', ['fr', 'en'])).toBe('fr');
  });
});

describe('ajv errors as field errors', () => {
  const ctx = { locale: 'en', fallbacks: [], patterns: new Map(), text: () => undefined };
  const error = (keyword: string, params: Record<string, unknown>, instancePath = '/a'): ErrorObject => ({
    keyword,
    params,
    instancePath,
    schemaPath: `#/properties/a/${keyword}`,
  });

  it.each([
    ['type', { type: 'string' }, 'type', 'Enter text.'],
    ['type', { type: 'number' }, 'type', 'Enter a number.'],
    ['type', { type: 'integer' }, 'type', 'Enter a whole number.'],
    ['type', { type: 'boolean' }, 'type', 'Choose yes or no.'],
    ['type', { type: 'array' }, 'type', 'Expected a list.'],
    ['type', { type: 'object' }, 'type', 'Expected a group of fields.'],
    ['format', { format: 'date' }, 'format', 'Enter a valid date (YYYY-MM-DD).'],
    ['format', { format: 'date-time' }, 'format', 'Enter a valid date and time.'],
    ['format', { format: 'email' }, 'format', 'Enter a valid e-mail address.'],
    ['format', { format: 'uri' }, 'format', 'Enter a valid web address (https://…).'],
    ['enum', { allowedValues: [] }, 'option', 'Choose one of the listed options.'],
    ['not', {}, 'option', 'Choose one of the listed options.'],
    ['minLength', { limit: 2 }, 'minLength', 'Enter at least 2 characters.'],
    ['maxLength', { limit: 2 }, 'maxLength', 'Enter at most 2 characters.'],
    ['minimum', { limit: 0, comparison: '>=' }, 'minimum', 'Must be at least 0.'],
    ['maximum', { limit: 120, comparison: '<=' }, 'maximum', 'Must be at most 120.'],
    ['pattern', { pattern: '^x$' }, 'pattern', 'The value does not have the expected format.'],
    ['minItems', { limit: 1 }, 'minItems', 'Add at least 1 item.'],
    ['maxItems', { limit: 6 }, 'maxItems', 'At most 6 items are allowed.'],
    ['uniqueItems', { i: 1, j: 0 }, 'uniqueItems', 'Each item may appear only once.'],
    ['unevaluatedProperties', {}, 'invalid', 'The value is not valid.'],
  ])('%s %j → %s', (keyword, params, code, message) => {
    expect(ajvFieldError(error(keyword, params), ctx)).toEqual({ pointer: '/a', code, message });
  });

  it('points required and unknown-field errors at the field, not its parent', () => {
    expect(ajvFieldError(error('required', { missingProperty: 'b' }, '/steps/0'), ctx).pointer).toBe(
      '/steps/0/b',
    );
    expect(
      ajvFieldError(error('additionalProperties', { additionalProperty: 'a/b' }, ''), ctx),
    ).toMatchObject({
      pointer: '/a~1b',
      code: 'unknown_field',
    });
  });
});
