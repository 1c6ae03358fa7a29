import { textGrams } from '@whistle/common';
import { anyOf, probeTerms, similarity } from './ticket.similar.js';

describe('repeat problems: terms and scores', () => {
  it('makes character bigrams of Chinese and terms of Latin words and numbers, after NFKC', () => {
    expect(textGrams('冷链仓库用地')).toEqual(['冷链', '链仓', '仓库', '库用', '用地']);
    expect(textGrams('缺口８００万元,ＧＭＰ认证')).toEqual(expect.arrayContaining(['缺口', '万元', '认证', '800', 'gmp']));
    expect(textGrams('电')).toEqual(['电']);
    expect(textGrams('a 1 , 。')).toEqual([]);
  });

  it('probes with the rarest terms, within the budget, and at least three', () => {
    const freq: Record<string, number> = { 企业: 0.4, 希望: 0.3, 冷链: 0.001, 仓库: 0.004, 用地: 0.05, 20: 0.02 };
    const f = (t: string) => freq[t] ?? 0.0001;
    expect(probeTerms(['企业', '希望', '冷链', '仓库', '用地', '20', '汉寿'], f)).toEqual(['汉寿', '冷链', '仓库']);
    expect(probeTerms(['企业', '希望'], f)).toEqual(['希望', '企业']);
  });

  it('scores the shared rare terms above the shared common ones', () => {
    const f = (t: string) => ({ 企业: 0.4, 希望: 0.3, 融资: 0.1 })[t] ?? 0.0001;
    const query = textGrams('汉寿甲鱼加工厂希望融资');
    const repeat = textGrams('汉寿甲鱼加工企业融资');
    const generic = textGrams('希望融资企业');
    expect(similarity(query, repeat, f)).toBeGreaterThan(similarity(query, generic, f));
    expect(similarity(query, query, f)).toBeCloseTo(1);
    expect(similarity(query, ['无关'], f)).toBe(0);
  });

  it('quotes each term of a tsquery', () => {
    expect(anyOf(['冷链', 'gmp'])).toBe("'冷链' | 'gmp'");
  });
});
