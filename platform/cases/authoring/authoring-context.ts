import type { OperationContext } from '../operation-context.js';
import type { AuthoringStore } from './authoring-store.js';

/**
 * What authoring operations run with: an operation context at the site (its active version and
 * the acting site administrator, board member or implementer) and the authoring store.
 */
export type AuthoringContext = OperationContext & { readonly authoring: AuthoringStore };
