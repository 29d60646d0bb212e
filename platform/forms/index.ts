/**
 * Pathway's forms engine, shared by the server and the browser: applies a form's rules to its
 * data (effective JSON Schema and ui schema for react-jsonschema-form), validates submissions and
 * drafts with the same logic, exports a form's JSON Schema, and reads data out for printing.
 * See README.md for how sections and per-item rules are represented for rjsf.
 */
export { validatorCompilations } from './ajv-validator.js';
export { formEngineStats } from './compiled-form.js';
export { effectiveForm } from './effective-form.js';
export { type ErrorTree, errorTree } from './error-schema.js';
export { formJsonSchema } from './form-json-schema.js';
export {
  formMessage,
  MESSAGE_KEYS,
  MESSAGE_LOCALES,
  type MessageKey,
  type MessageLocale,
} from './form-messages.js';
export { formReadout } from './form-readout.js';
export type {
  EffectiveForm,
  FieldError,
  FormInput,
  FormSection,
  JsonSchema,
  ReadoutLine,
  SubmissionResult,
  UiSchema,
} from './form-types.js';
export { UNSECTIONED } from './ui-schema.js';
export { validateDraft, validateSubmission } from './validate-submission.js';
