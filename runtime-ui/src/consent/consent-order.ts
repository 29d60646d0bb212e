/** Consent records to list: those in force first, then the rest; within each, the most recent first. */
export function consentsNewestFirst<T extends { readonly state: string; readonly givenAt: string }>(
  records: readonly T[],
): T[] {
  const rank = (c: T) => (c.state === 'active' ? 0 : 1);
  return [...records].sort((a, b) => rank(a) - rank(b) || b.givenAt.localeCompare(a.givenAt));
}
