import { type Actor, ForbiddenError, InvalidInputError } from '@whistle/common';
import { DateTime } from 'luxon';

/**
 * Which chain a report may cover for this caller: chain-bound roles see their own chain (and
 * are refused another's); the others choose, or see all chains.
 */
export function reportChain(actor: Actor, chainId: string | undefined): string | null {
  if (actor.role === 'enterprise') throw new ForbiddenError('enterprises do not see the departments’ reports');
  const bound = actor.role === 'dispatcher' || actor.role === 'commissioner' || (actor.role === 'supervisor' && actor.chainId);
  if (!bound) return chainId ?? null;
  if (chainId && chainId !== actor.chainId) throw new ForbiddenError('you may only see the reports of your own chain');
  return actor.chainId!;
}

export interface Period {
  from: Date | null;
  to: Date | null;
  /** The same bounds as local dates in SLA_TIMEZONE, for date columns (evaluation periods). */
  fromDate: string | null;
  toDate: string | null;
}

/** `from` (inclusive) and `to` (exclusive): dates are midnight in `zone`, date-times as given. */
export function period(from: string | undefined, to: string | undefined, zone: string): Period {
  const parse = (field: string, value: string | undefined) => {
    if (value === undefined) return null;
    const parsed = DateTime.fromISO(value, { zone });
    if (!parsed.isValid) throw new InvalidInputError(field, 'must be an ISO 8601 date or date-time');
    return parsed;
  };
  const start = parse('from', from);
  const end = parse('to', to);
  if (start && end && end <= start) throw new InvalidInputError('to', 'must be later than from');
  return {
    from: start?.toJSDate() ?? null,
    to: end?.toJSDate() ?? null,
    fromDate: start?.toISODate() ?? null,
    toDate: end?.toISODate() ?? null,
  };
}
