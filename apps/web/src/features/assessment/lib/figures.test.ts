import { describe, expect, it } from 'vitest';
import { byRank, chartSummary, compositeChartData, type DepartmentScore, describeWeights, formatNumber, formatRate, rateChartData } from './figures';

function row(name: string, over: Partial<DepartmentScore>): DepartmentScore {
  return {
    departmentId: name,
    name,
    code: name,
    received: 0,
    accepted: 0,
    acceptedOnTime: 0,
    responseRate: null,
    feedbackDue: 0,
    feedbackOnTime: 0,
    onTimeFeedbackRate: null,
    feedbackGiven: 0,
    resolved: 0,
    resolutionRate: null,
    ratings: 0,
    satisfied: 0,
    satisfactionRate: null,
    meanRating: null,
    returns: 0,
    escalations: { level1: 0, level2: 0, level3: 0 },
    assists: 0,
    assistsDue: 0,
    assistsOnTime: 0,
    onTimeAssistRate: null,
    assistDeclines: 0,
    evaluationScore: null,
    evaluations: 0,
    composite: null,
    rank: null,
    ...over,
  };
}

describe('figures', () => {
  it('formats rates with at most two decimals and null as a dash', () => {
    expect(formatRate(85.714)).toBe('85.71%');
    expect(formatRate(100)).toBe('100%');
    expect(formatRate(0)).toBe('0%');
    expect(formatRate(null)).toBe('—');
    expect(formatNumber(4.5)).toBe('4.5');
    expect(formatNumber(undefined, '')).toBe('');
  });

  it('maps rows to the grouped chart, a bar per rate that exists', () => {
    const rows = [row('财政局', { responseRate: 100, resolutionRate: null, satisfactionRate: 50 }), row('人社局', {})];
    const label = (f: string) => f.replace('Rate', '');
    expect(rateChartData(rows, label)).toEqual([
      { department: '财政局', measure: 'response', value: 100 },
      { department: '财政局', measure: 'satisfaction', value: 50 },
    ]);
  });

  it('charts the composite best first and leaves out departments without one', () => {
    const rows = [row('a', { composite: 50, rank: 2 }), row('b', {}), row('c', { composite: 90, rank: 1 })];
    expect(compositeChartData(rows).map((p) => p.department)).toEqual(['c', 'a']);
    expect(byRank(rows).map((r) => r.name)).toEqual(['c', 'a', 'b']);
  });

  it('words the chart summary and the weights', () => {
    expect(chartSummary([{ department: 'a', text: '90' }, { department: 'b', text: '80' }], ';')).toBe('a 90;b 80');
    expect(describeWeights({ response: 25, feedback: 0, resolution: 75 }, (k) => k, ', ')).toBe('response 25%, resolution 75%');
  });
});
