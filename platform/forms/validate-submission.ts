import { settle } from './effective-form.js';
import { formText } from './form-text.js';
import type { FormInput, SubmissionResult } from './form-types.js';
import { type ValidationMode, validateState } from './validate-state.js';

function validate(input: FormInput, mode: ValidationMode): SubmissionResult {
  const { cf, state } = settle(input, input.data);
  const { errors, warnings } = validateState(
    cf,
    state,
    input.data,
    formText(input.bundle, input.locale),
    mode,
  );
  return { ok: errors.length === 0, data: state.work.data, errors, warnings };
}

/**
 * Validates a submission on the server with the same logic the browser ran: hidden fields'
 * data is dropped, calculated fields are recomputed (submitted values are ignored), then the data
 * is checked against the form's compiled schema (compiled once per form version) and its rules.
 * `data` is what to store. Errors point into the submitted data (`/steps/2/status`).
 * @throws PlatformError `not_found` when the bundle has no form `formId`.
 */
export function validateSubmission(input: FormInput): SubmissionResult {
  return validate(input, 'submit');
}

/**
 * Validates a draft: incomplete data is accepted (required fields and fewest items are not
 * enforced); data of the wrong type, unknown fields and over-long values block saving; every other
 * problem comes back as a warning to fix before submitting.
 */
export function validateDraft(input: FormInput): SubmissionResult {
  return validate(input, 'draft');
}
