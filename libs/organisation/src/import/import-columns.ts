import { ROLES } from '@whistle/common';
import { ENTERPRISE_TIERS } from '../organisation.entity.js';

/** What a file can bring in, one kind per file. */
export const IMPORT_KINDS = ['departments', 'enterprises', 'users'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type ImportLanguage = 'zh-CN' | 'en-US';

/** One column of an import file: its field, its headings in both languages, what it holds. */
export interface ImportColumn {
  field: string;
  zh: string;
  en: string;
  /** Other headings accepted for it (compared as `headingKey` does). */
  aliases: string[];
  required: boolean;
  /** A fixed set of values: the stored one, with the Chinese and English words also accepted. */
  values?: readonly { value: string; zh: string; en: string; aliases?: string[] }[];
  note: { zh: string; en: string };
}

const ROLE_WORDS: Record<(typeof ROLES)[number], [string, string]> = {
  admin: ['系统管理员', 'administrator'],
  enterprise: ['企业', 'enterprise'],
  commissioner: ['企业服务专员', 'commissioner'],
  dispatcher: ['产业链党委', 'dispatcher'],
  department: ['职能部门', 'department'],
  leader: ['分管领导', 'leader in charge'],
  supervisor: ['营商环境监督员', 'supervisor'],
};

/** Administrators are made one at a time, by an administrator who means it, never from a sheet. */
export const IMPORTABLE_ROLES = ROLES.filter((role) => role !== 'admin');

const TIER_WORDS: Record<(typeof ENTERPRISE_TIERS)[number], [string, string, string]> = {
  leader: ['链主企业', 'chain leader', '链主'],
  core: ['核心企业', 'core', '核心'],
  member: ['成员企业', 'member', '成员'],
};

export const IMPORT_COLUMNS: Record<ImportKind, ImportColumn[]> = {
  departments: [
    { field: 'code', zh: '部门编码', en: 'code', aliases: ['编码', '代码'], required: true, note: { zh: '唯一，1–32 位字母、数字、_ 或 -', en: 'Unique: 1–32 letters, digits, _ or -' } },
    { field: 'name', zh: '部门名称', en: 'name', aliases: ['名称'], required: true, note: { zh: '如：区财政局', en: 'e.g. District Finance Bureau' } },
    {
      field: 'leader',
      zh: '分管领导（用户名）',
      en: 'leader (username)',
      aliases: ['分管领导', 'leader'],
      required: false,
      note: { zh: '可空；一个角色为“分管领导”的在用账号的用户名', en: 'Optional: the username of an active user with the role “leader in charge”' },
    },
  ],
  enterprises: [
    { field: 'name', zh: '企业名称', en: 'name', aliases: ['名称'], required: true, note: { zh: '同一产业链内不可重名', en: 'Unique within its chain' } },
    { field: 'chain', zh: '产业链（编码或名称）', en: 'chain (code or name)', aliases: ['产业链', 'chain'], required: true, note: { zh: '一个在用产业链的编码或名称', en: 'The code or name of an active chain' } },
    {
      field: 'tier',
      zh: '企业层级',
      en: 'tier',
      aliases: ['层级'],
      required: true,
      values: ENTERPRISE_TIERS.map((value) => ({ value, zh: TIER_WORDS[value][0], en: TIER_WORDS[value][1], aliases: [TIER_WORDS[value][2]] })),
      note: { zh: '“1+1+X+N”中的位置', en: 'Its place in “1+1+X+N”' },
    },
    { field: 'address', zh: '地址', en: 'address', aliases: ['企业地址'], required: false, note: { zh: '可空', en: 'Optional' } },
  ],
  users: [
    { field: 'username', zh: '用户名', en: 'username', aliases: ['账号', '登录名'], required: true, note: { zh: '唯一，3–64 位字母、数字或 _ . @ -', en: 'Unique: 3–64 letters, digits or _ . @ -' } },
    {
      field: 'role',
      zh: '角色',
      en: 'role',
      aliases: [],
      required: true,
      values: IMPORTABLE_ROLES.map((value) => ({ value, zh: ROLE_WORDS[value][0], en: ROLE_WORDS[value][1] })),
      note: { zh: '不能导入系统管理员', en: 'Administrators cannot be imported' },
    },
    { field: 'displayName', zh: '姓名', en: 'display name', aliases: ['显示名称', 'displayname', 'name'], required: false, note: { zh: '可空', en: 'Optional' } },
    {
      field: 'chain',
      zh: '产业链（编码或名称）',
      en: 'chain (code or name)',
      aliases: ['产业链', 'chain'],
      required: false,
      note: { zh: '企业服务专员、产业链党委必填；营商环境监督员可填；企业账号可填以区分重名企业', en: 'Required for commissioners and dispatchers, optional for supervisors; for an enterprise user, tells enterprises of the same name apart' },
    },
    { field: 'enterprise', zh: '企业（名称）', en: 'enterprise (name)', aliases: ['企业', '企业名称', 'enterprise'], required: false, note: { zh: '企业账号必填', en: 'Required for enterprise users' } },
    { field: 'department', zh: '部门（编码或名称）', en: 'department (code or name)', aliases: ['部门', 'department'], required: false, note: { zh: '职能部门账号必填', en: 'Required for department users' } },
  ],
};

/**
 * How headings and listed values are compared: case, spaces, a trailing `*` and anything in
 * brackets (half- or full-width) do not count, so `用户名 *`, `Username` and `username (login)`
 * all name the same column.
 */
export function headingKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\(.*?\)/g, '')
    .replace(/[*\s]/g, '')
    .toLowerCase();
}

/** The column a heading names, or undefined. */
export function columnFor(kind: ImportKind, heading: string): ImportColumn | undefined {
  const key = headingKey(heading);
  return IMPORT_COLUMNS[kind].find((column) => [column.field, column.zh, column.en, ...column.aliases].some((name) => headingKey(name) === key));
}

/** The stored value a listed cell names (in either language), or undefined. */
export function listedValue(column: ImportColumn, text: string): string | undefined {
  const key = headingKey(text);
  return column.values?.find((v) => [v.value, v.zh, v.en, ...(v.aliases ?? [])].some((word) => headingKey(word) === key))?.value;
}

export const heading = (column: ImportColumn, language: ImportLanguage): string => (language === 'zh-CN' ? column.zh : column.en);
