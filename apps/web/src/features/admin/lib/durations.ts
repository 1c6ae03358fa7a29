/**
 * Deadlines of an SLA policy as the form shows them: calendar time (an ISO 8601 duration,
 * offered as friendly presets) or a number of working days.
 */

/** The durations offered by name; anything else is typed as ISO 8601. */
export const DURATION_PRESETS = ['PT2H', 'P1D', 'P3D', 'P7D', 'P15D', 'P1M'] as const;

export type DurationUnit = 'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes' | 'seconds';
export interface DurationPart {
  unit: DurationUnit;
  n: number;
}

const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const UNITS: DurationUnit[] = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'];

/**
 * The parts of an ISO 8601 duration (`P1M`, `PT2H`, `P1DT12H`), or null when it is not one the
 * API takes: malformed, a `T` with nothing after it, or zero.
 */
export function parseDuration(value: string): DurationPart[] | null {
  const text = value.trim().toUpperCase();
  const match = ISO.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return null;
  const parts = UNITS.map((unit, i) => ({ unit, n: match[i + 1] === undefined ? 0 : Number(match[i + 1]) })).filter((p) => p.n > 0);
  return parts.length > 0 ? parts : null;
}

/** Whether the API accepts the value as a (positive) calendar duration. */
export function isPositiveDuration(value: string | undefined | null): boolean {
  return typeof value === 'string' && parseDuration(value) !== null;
}

/** The preset a duration equals (`P1M` → `P1M`, `p7d` → `P7D`), or null for a custom one. */
export function presetOf(value: string | undefined | null): (typeof DURATION_PRESETS)[number] | null {
  if (!value) return null;
  const normal = value.trim().toUpperCase();
  return (DURATION_PRESETS as readonly string[]).includes(normal) ? (normal as (typeof DURATION_PRESETS)[number]) : null;
}

/** Builds the ISO string of one amount of one unit (the inverse of a single-part parse). */
export function toIso(n: number, unit: DurationUnit): string {
  const letter = { years: 'Y', months: 'M', weeks: 'W', days: 'D', hours: 'H', minutes: 'M', seconds: 'S' }[unit];
  return unit === 'hours' || unit === 'minutes' || unit === 'seconds' ? `PT${n}${letter}` : `P${n}${letter}`;
}

/** One stage of a policy in the API's shape. */
export interface DeadlineSpec {
  duration?: string;
  workingDays?: number;
}

/** One stage in the form: not set (the less specific policy or SLA_* applies), calendar time or working days. */
export type StageMode = 'none' | 'duration' | 'workingDays';
export interface StageValue {
  mode: StageMode;
  duration?: string;
  workingDays?: number;
}

export const STAGES = ['dispatch', 'accept', 'feedback', 'rectify', 'rate'] as const;
export type Stage = (typeof STAGES)[number];

export type StageValues = Record<Stage, StageValue>;
export type PolicyDeadlines = Partial<Record<Stage, DeadlineSpec>>;

/** The form's stages from a policy's deadlines (for editing). */
export function stagesFromDeadlines(deadlines: PolicyDeadlines | undefined): StageValues {
  const values = {} as StageValues;
  for (const stage of STAGES) {
    const spec = deadlines?.[stage];
    if (spec?.workingDays !== undefined) values[stage] = { mode: 'workingDays', workingDays: spec.workingDays };
    else if (spec?.duration !== undefined) values[stage] = { mode: 'duration', duration: spec.duration };
    else values[stage] = { mode: 'none' };
  }
  return values;
}

/** The API's deadlines from the form's stages: stages left "not set" are omitted. */
export function deadlinesFromStages(values: Partial<Record<Stage, Partial<StageValue>>>): PolicyDeadlines {
  const deadlines: PolicyDeadlines = {};
  for (const stage of STAGES) {
    const value = values[stage];
    if (value?.mode === 'duration' && value.duration) deadlines[stage] = { duration: value.duration.trim().toUpperCase() };
    else if (value?.mode === 'workingDays' && value.workingDays !== undefined && value.workingDays !== null) {
      deadlines[stage] = { workingDays: value.workingDays };
    }
  }
  return deadlines;
}
