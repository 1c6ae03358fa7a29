/** One field an audit record changed, with its values before and after (as text). */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const show = (value: unknown): string => (value === undefined || value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * What a record changed: every field whose value differs between before and after (all of
 * `after`'s for a creation, all of `before`'s for a deletion), in the order the objects list
 * them; ids and versions of the object itself are left out.
 */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((field) => field !== 'id' && field !== 'tokenVersion');
  return fields
    .filter((field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after?.[field] ?? null))
    .map((field) => ({ field, before: show(before?.[field]), after: show(after?.[field]) }));
}
