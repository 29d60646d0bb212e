/*
 * The authorization matrix of the child and family case-management site (see `run-matrix.ts`): every user of the site ×
 * every API operation × every relationship to a case, expected outcomes from the definitions.
 */
import { describeMatrix } from './describe-matrix.js';
import { MATRIX_SITES } from './matrix-sites.js';

describeMatrix(MATRIX_SITES.childFamily);
