import { describe, expect, it } from 'vitest';
import enUS from './en-US';
import zhCN from './zh-CN';

const zh = zhCN as Record<string, string>;
const en = enUS as Record<string, string>;

/** The `{name}` placeholders of a message, sorted and without repeats. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

describe('the message catalogues', () => {
  it('have exactly the same keys in Chinese and English', () => {
    const onlyChinese = Object.keys(zh).filter((key) => !(key in en));
    const onlyEnglish = Object.keys(en).filter((key) => !(key in zh));
    expect({ onlyChinese, onlyEnglish }).toEqual({ onlyChinese: [], onlyEnglish: [] });
  });

  it('have no empty message', () => {
    const empty = (catalogue: Record<string, string>) =>
      Object.entries(catalogue)
        .filter(([, message]) => typeof message !== 'string' || message.trim() === '')
        .map(([key]) => key);
    expect({ 'zh-CN': empty(zh), 'en-US': empty(en) }).toEqual({ 'zh-CN': [], 'en-US': [] });
  });

  it('use the same {placeholders} for a key in both languages', () => {
    const differing = Object.keys(zh)
      .filter((key) => key in en)
      .filter((key) => placeholders(zh[key]).join() !== placeholders(en[key]).join())
      .map((key) => `${key}: zh {${placeholders(zh[key]).join(', ')}} en {${placeholders(en[key]).join(', ')}}`);
    expect(differing).toEqual([]);
  });

  it('are keyed by feature and meaning (dotted keys)', () => {
    expect(Object.keys(zh).filter((key) => !/^[a-zA-Z][\w-]*(\.[\w-]+)+$/.test(key))).toEqual([]);
  });

  it('word the practice in its own Chinese terms', () => {
    const terms = ['企业点单', '党委派单', '部门接单', '双反馈', '评单', '退单', '延期', '催办', '督办', '整改', '测评会', '台账'];
    const chinese = Object.values(zh).join('\n');
    expect(terms.filter((term) => !chinese.includes(term))).toEqual([]);
  });

});
