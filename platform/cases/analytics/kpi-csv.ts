import { type LocalizedText, localize } from '../../kernel/localized-text.js';
import type { KpiDashboard, KpiView } from './kpi-operations.js';
import { CSV_HEADINGS, KPI_PHRASES } from './kpi-phrases.js';

/**
 * A CSV field: quoted when it holds a separator, quote or line break; text that a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@`) is prefixed with `'`. Numbers are written as they are.
 */
function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function headings(locale: string): readonly string[] {
  const all: Readonly<Record<string, readonly string[]>> = CSV_HEADINGS;
  return all[locale] ?? all[locale.split('-')[0] ?? ''] ?? CSV_HEADINGS.en;
}

function rowsOf(view: KpiView, text: (t: LocalizedText) => string): string[][] {
  const periods = new Map(view.periods.map((p) => [p.key, p]));
  const dimensions = new Map(view.dimensions.map((d) => [d.path, d.label]));
  return view.cells.map((cell) => {
    const period = cell.period === null ? undefined : periods.get(cell.period);
    const group =
      cell.group === null
        ? text(KPI_PHRASES.all)
        : Object.keys(cell.group)
            .map((path) => `${dimensions.get(path) ?? path}: ${cell.groupLabels?.[path] ?? ''}`)
            .join('; ');
    const meets =
      cell.meetsTarget === undefined || cell.meetsTarget === null
        ? ''
        : text(cell.meetsTarget ? KPI_PHRASES.yes : KPI_PHRASES.no);
    return [
      view.indicatorId,
      view.name,
      period?.label ?? text(KPI_PHRASES.wholeRange),
      period?.start ?? view.from,
      period?.end ?? view.to,
      group,
      cell.value,
      view.unit,
      cell.count,
      cell.numerator,
      cell.measured,
      view.target?.value,
      meets,
    ].map((v) => field(v as string | number | null | undefined));
  });
}

/**
 * The dashboard as CSV: one row per indicator × period × group (the whole range and all groups
 * included), names in the dashboard's locale, with a byte-order mark so spreadsheets read UTF-8.
 */
export function kpiCsv(dashboard: KpiDashboard, fallbackLocale: string): string {
  const text = (t: LocalizedText) => localize(t, dashboard.locale, [fallbackLocale, 'en']);
  const lines = [
    headings(dashboard.locale).map(field),
    ...dashboard.indicators.flatMap((v) => rowsOf(v, text)),
  ];
  return `\ufeff${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
