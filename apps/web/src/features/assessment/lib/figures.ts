import type { components } from '@/api/schema';

export type DepartmentScore = components['schemas']['DepartmentScore'];

/** A number as the scoreboard shows it: at most two decimals, no trailing zeros; null is "—". */
export function formatNumber(value: number | null | undefined, empty = '—'): string {
  if (value === null || value === undefined || Number.isNaN(value)) return empty;
  return String(Math.round(value * 100) / 100);
}

/** A rate (the API's percentages, 0-100): "85.71%"; null (nothing to count) is "—". */
export function formatRate(value: number | null | undefined, empty = '—'): string {
  const text = formatNumber(value, empty);
  return text === empty ? text : `${text}%`;
}

/** The three rates (三率) the grouped chart shows, in the order of the table. */
export const RATE_FIELDS = ['responseRate', 'resolutionRate', 'satisfactionRate'] as const;
export type RateField = (typeof RATE_FIELDS)[number];

export interface RatePoint {
  department: string;
  measure: string;
  value: number;
}

/** One bar per department and rate; a null rate has no bar (the table says "—"). */
export function rateChartData(rows: readonly DepartmentScore[], label: (field: RateField) => string): RatePoint[] {
  return rows.flatMap((row) =>
    RATE_FIELDS.filter((field) => row[field] !== null).map((field) => ({ department: row.name, measure: label(field), value: row[field] as number })),
  );
}

export interface CompositePoint {
  department: string;
  composite: number;
  rank: number | null;
}

/** The composite per department, best first; departments without one are left out. */
export function compositeChartData(rows: readonly DepartmentScore[]): CompositePoint[] {
  return rows
    .filter((row) => row.composite !== null)
    .map((row) => ({ department: row.name, composite: row.composite as number, rank: row.rank }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.composite - a.composite);
}

/** The scoreboard in the API's order is by name; the table shows it by rank, unranked last. */
export function byRank(rows: readonly DepartmentScore[]): DepartmentScore[] {
  return [...rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** The charts' text alternative: each department's figures in one sentence part. */
export function chartSummary(points: readonly { department: string; text: string }[], separator: string): string {
  return points.map((p) => `${p.department} ${p.text}`).join(separator);
}

/** The composite's weights as "response 25%, resolution 25%…", zero weights left out. */
export function describeWeights(weights: Record<string, number>, label: (key: string) => string, separator: string): string {
  return Object.entries(weights)
    .filter(([, w]) => typeof w === 'number' && w > 0)
    .map(([key, w]) => `${label(key)} ${w}%`)
    .join(separator);
}
