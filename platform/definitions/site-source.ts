/** The text of one definition file and the path it is reported under. */
export type SourceFile = { readonly path: string; readonly text: string };

/**
 * A site's files as the loader sees them: from a folder on disk, from drafts in the database,
 * or from an imported bundle file. The pipeline works on this and never touches the disk itself.
 */
export type SiteSource = {
  readonly siteId: string;
  readonly files: readonly SourceFile[];
};

/** Finds the source of a site by id, for `extends`. */
export type SiteResolver = (siteId: string) => SiteSource | undefined;
