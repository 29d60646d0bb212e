/**
 * The engine's UI phrases: heads of refusals ("Cannot move to {stage}") and one phrase per block
 * reason. `{name}` placeholders are filled with localized, quoted definition names or values.
 */
export type PhraseKey =
  | 'head.open'
  | 'head.submit'
  | 'head.advance'
  | 'head.complete_task'
  | 'head.skip_task'
  | 'head.add_task'
  | 'head.request_approval'
  | 'head.decide'
  | 'head.close'
  | 'head.reopen'
  | 'head.set_passive'
  | 'head.resume'
  | 'head.adjust_review'
  | 'head.tick'
  | 'form_missing'
  | 'form_required'
  | 'task_open'
  | 'task_not_open'
  | 'exit_condition'
  | 'entry_condition'
  | 'guard_failed'
  | 'task_condition'
  | 'approval_pending'
  | 'approval_already_pending'
  | 'approval_not_pending'
  | 'approval_task'
  | 'no_transition'
  | 'case_not_open'
  | 'case_not_passive'
  | 'not_reopenable.not_closed'
  | 'not_reopenable.no_reopen'
  | 'not_reopenable.window_passed'
  | 'closure_not_allowed_here'
  | 'passive_not_allowed_here'
  | 'unknown_reason'
  | 'role_not_allowed'
  | 'reason_required'
  | 'unknown_task'
  | 'unknown_approval'
  | 'unknown_form'
  | 'unknown_review'
  | 'review_not_scheduled'
  | 'review_not_adjustable'
  | 'review_date_out_of_bounds'
  | 'invalid_date'
  | 'no_case'
  | 'already_opened'
  | 'unknown_code'
  | 'status.open'
  | 'status.passive'
  | 'status.closed'
  | 'task.follow-up'
  | 'task.passive-review'
  | 'open_bound';

/** A locale's phrases and punctuation. */
export type PhraseBook = {
  readonly phrases: Readonly<Record<PhraseKey, string>>;
  readonly quote: (text: string) => string;
  /** Between the head and the reasons (`: `, French ` : `). */
  readonly colon: string;
  /** Between reasons (`; `, French ` ; `). */
  readonly separator: string;
};
