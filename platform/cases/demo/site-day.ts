const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day of an instant in an IANA time zone, like `dateInZone` but with the formatter
 * cached per zone: making an `Intl.DateTimeFormat` costs ~0.1 ms, too much per generated person.
 */
export function siteDay(instant: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format.format(instant);
}
