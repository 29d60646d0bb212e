/**
 * The service directory as Open Referral HSDS 3.0 JSON, both ways: `directoryToHsds` writes a
 * site's services in the tabular form, `readHsds` + `servicesFromHsds` read a document (tabular
 * or nested) back into service definitions, noting what Pathway does not hold. Pure; the mapping
 * and the `pathway` extension are described in `platform/referrals/README.md`.
 */

export { type DirectorySource, directoryToHsds, type HsdsDirectory } from './directory-to-hsds.js';
export { CATEGORY_TAXONOMY, EXTENSION, EXTENSION_VERSION, HSDS_NAMESPACE } from './hsds-extension.js';
export type { ImportNote, ImportNoteCode } from './hsds-import-log.js';
export { HELD_FIELDS, HSDS_TABLES, type HsdsRow, type HsdsTables } from './hsds-tables.js';
export { mergeService } from './merge-service.js';
export { type HsdsRead, readHsds } from './read-hsds.js';
export type { HsdsRecords } from './service-to-hsds.js';
export {
  type HsdsImportOptions,
  type IdSource,
  type ImportedService,
  idFromName,
  servicesFromHsds,
} from './services-from-hsds.js';
