import { describe, expect, it } from 'vitest';
import { errorTree } from './error-schema.js';

describe('errorTree', () => {
  it('nests messages by pointer, form-level ones at the root', () => {
    expect(
      errorTree([
        { pointer: '/steps/2/status', code: 'required', message: 'Required.' },
        { pointer: '/steps/2/status', code: 'option', message: 'Choose.' },
        { pointer: '/name', code: 'type', message: 'Text.' },
        { pointer: '', code: 'rule:x', message: 'Whole form.' },
      ]),
    ).toEqual({
      steps: { 2: { status: { __errors: ['Required.', 'Choose.'] } } },
      name: { __errors: ['Text.'] },
      __errors: ['Whole form.'],
    });
  });

  it('keeps a field named __errors apart from the messages', () => {
    expect(errorTree([{ pointer: '/__errors', code: 'type', message: 'x' }])).toEqual({
      __errors_: { __errors: ['x'] },
    });
  });
});
