/** What enterprises order (the service catalogue's categories), shared by tickets and SLA policies. */
export const CATEGORIES = [
  'financing',
  'hiring',
  'logistics',
  'raw_materials',
  'land_use',
  'permits',
  'working_capital',
  'technology',
  'talent',
  'market',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Urgency and importance (轻重缓急), set at dispatch. */
export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
