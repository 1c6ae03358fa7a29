import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import enUS from '@/locales/en-US';
import zhCN from '@/locales/zh-CN';

export type Locale = 'zh-CN' | 'en-US';
export type MessageKey = keyof typeof zhCN;
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export const catalogues: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };
const STORAGE_KEY = 'whistle.locale';

/** `{name}` placeholders filled from vars; a missing variable stays visible rather than vanishing. */
export function format(message: string, vars?: Record<string, string | number>): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Looks a key up; a key unknown to the catalogue (e.g. a new server enum) shows as itself. */
export function translate(locale: Locale, key: string, vars?: Record<string, string | number>): string {
  const message = (catalogues[locale] as Record<string, string>)[key];
  return message === undefined ? key : format(message, vars);
}

export function initialLocale(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en-US' ? 'en-US' : 'zh-CN';
}

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** For keys built at run time from server values (`state.${ticket.state}`). */
  tx: (key: string, vars?: Record<string, string | number>) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Chinese first; the choice is kept in the browser and `<html lang>` follows it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, 'app.name');
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, vars) => translate(locale, key, vars),
      tx: (key, vars) => translate(locale, key, vars),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
