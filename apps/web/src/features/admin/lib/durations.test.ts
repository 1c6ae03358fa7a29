import { describe, expect, it } from 'vitest';
import {
  DURATION_PRESETS,
  deadlinesFromStages,
  isPositiveDuration,
  parseDuration,
  presetOf,
  stagesFromDeadlines,
  toIso,
} from './durations';

describe('ISO 8601 durations', () => {
  it('parses the presets into one part each, and builds them back', () => {
    expect(parseDuration('PT2H')).toEqual([{ unit: 'hours', n: 2 }]);
    expect(parseDuration('P1D')).toEqual([{ unit: 'days', n: 1 }]);
    expect(parseDuration('P1M')).toEqual([{ unit: 'months', n: 1 }]);
    for (const preset of DURATION_PRESETS) {
      const [part, ...rest] = parseDuration(preset)!;
      expect(rest).toEqual([]);
      expect(toIso(part.n, part.unit)).toBe(preset);
    }
  });

  it('tells months from minutes and reads combined durations', () => {
    expect(parseDuration('PT30M')).toEqual([{ unit: 'minutes', n: 30 }]);
    expect(parseDuration('P1DT12H')).toEqual([
      { unit: 'days', n: 1 },
      { unit: 'hours', n: 12 },
    ]);
    expect(parseDuration('p2w')).toEqual([{ unit: 'weeks', n: 2 }]);
  });

  it('refuses what the API refuses: malformed, empty, zero', () => {
    for (const bad of ['', 'P', 'PT', 'P1DT', '15D', 'P-1D', 'P0D', 'PT0S', 'one month', 'P1.5D']) {
      expect(isPositiveDuration(bad), bad).toBe(false);
    }
    expect(isPositiveDuration(undefined)).toBe(false);
    expect(isPositiveDuration('P15D')).toBe(true);
  });

  it('recognises a preset whatever its case, and nothing else as one', () => {
    expect(presetOf('p7d')).toBe('P7D');
    expect(presetOf('P1M')).toBe('P1M');
    expect(presetOf('P10D')).toBeNull();
    expect(presetOf(undefined)).toBeNull();
  });
});

describe('policy stages ↔ the form', () => {
  it('reads each stage as calendar time, working days or not set', () => {
    expect(stagesFromDeadlines({ feedback: { workingDays: 15 }, dispatch: { duration: 'PT2H' } })).toEqual({
      dispatch: { mode: 'duration', duration: 'PT2H' },
      accept: { mode: 'none' },
      feedback: { mode: 'workingDays', workingDays: 15 },
      rectify: { mode: 'none' },
      rate: { mode: 'none' },
    });
  });

  it('sends only the stages that are set, normalised, and survives a round trip', () => {
    const deadlines = deadlinesFromStages({
      dispatch: { mode: 'duration', duration: ' pt2h ' },
      accept: { mode: 'none', duration: 'P1D' },
      feedback: { mode: 'workingDays', workingDays: 15, duration: 'P1M' },
      rate: { mode: 'duration' },
    });
    expect(deadlines).toEqual({ dispatch: { duration: 'PT2H' }, feedback: { workingDays: 15 } });
    expect(deadlinesFromStages(stagesFromDeadlines(deadlines))).toEqual(deadlines);
  });
});
