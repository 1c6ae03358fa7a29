import { describe, expect, it } from 'vitest';
import { itemName } from './api';

describe('a catalogue item’s name', () => {
  it('is the English one in English when it has one, the Chinese one otherwise', () => {
    expect(itemName({ name: '融资对接', nameEn: 'Financing' }, 'en-US')).toBe('Financing');
    expect(itemName({ name: '融资对接', nameEn: null }, 'en-US')).toBe('融资对接');
    expect(itemName({ name: '融资对接', nameEn: 'Financing' }, 'zh-CN')).toBe('融资对接');
  });
});
