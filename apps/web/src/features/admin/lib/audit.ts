/** One field an audit record changed, with its values before and after (as text). */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** How a value reads: a formatter's words for it when it has some, else the value itself (objects as JSON). */
export type Describe = (field: string, value: unknown) => string | undefined;

const plain = (value: unknown): string => (value === undefined || value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * What a record changed: every field whose value differs between before and after (all of
 * `after`'s for a creation, all of `before`'s for a deletion), in the order the objects list
 * them; ids and versions of the object itself are left out.
 */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null, describe: Describe = () => undefined): FieldChange[] {
  const show = (field: string, value: unknown) => (value === undefined || value === null ? '—' : (describe(field, value) ?? plain(value)));
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((field) => field !== 'id' && field !== 'tokenVersion');
  return fields
    .filter((field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after?.[field] ?? null))
    .map((field) => ({ field, before: show(field, before?.[field]), after: show(field, after?.[field]) }));
}
