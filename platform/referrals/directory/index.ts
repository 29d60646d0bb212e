/**
 * The service directory as caseworkers and partners read it: each service in their language with
 * its provider, places, languages, capacity and the protocol that reaches it, and a search over
 * words, language, place, partner, category and status. Pure, over a site's published definitions.
 */

export {
  type ContactView,
  type DirectoryDetail,
  type DirectoryEntry,
  type DirectorySite,
  directoryDetail,
  directoryEntry,
  type LocationView,
  type ProviderView,
  type ServiceStatus,
} from './directory-entry.js';
export { type DirectoryQuery, meetsQuery, searchDirectory } from './search-directory.js';
