import type { FormRule } from 'antd';
import type { Translate } from '@/lib/i18n';

/** The DTOs' rules (libs/organisation/src/organisation.dto.ts), worded for the form. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;
export const USERNAME_PATTERN = /^[A-Za-z0-9_.@-]{3,64}$/;

export const NAME_MAX = 200;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
export const NOTE_MAX = 500;
export const DAY_NAME_MAX = 50;

export function requiredText(t: Translate, field: string, max: number): FormRule[] {
  return [
    { required: true, whitespace: true, message: t('admin.rule.required', { field }) },
    { max, message: t('admin.rule.max', { field, max }) },
  ];
}

export function requiredChoice(t: Translate, field: string): FormRule[] {
  return [{ required: true, message: t('admin.rule.select', { field }) }];
}

export function codeRules(t: Translate, field: string): FormRule[] {
  return [
    { required: true, message: t('admin.rule.required', { field }) },
    { pattern: CODE_PATTERN, message: t('admin.rule.code') },
  ];
}

/** Matches what a list's search box holds against some of a row's texts, ignoring case. */
export function matchesText(query: string, ...texts: (string | null | undefined)[]): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return texts.some((text) => text?.toLowerCase().includes(q));
}
