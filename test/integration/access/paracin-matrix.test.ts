/*
 * The authorization matrix of the Serbian youth service (Paraćin) (see `run-matrix.ts`): every user of the site ×
 * every API operation × every relationship to a case, expected outcomes from the definitions.
 */
import { describeMatrix } from './describe-matrix.js';
import { MATRIX_SITES } from './matrix-sites.js';

describeMatrix(MATRIX_SITES.paracin);
