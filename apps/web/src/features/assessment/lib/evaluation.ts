import type { components } from '@/api/schema';

export type Evaluation = components['schemas']['EvaluationView'];
type User = Pick<components['schemas']['UserView'], 'id' | 'role' | 'chainId'>;

/**
 * The evaluation view carries no `availableActions`, so the controls follow the API's own rules
 * (EvaluationsService): the committee is an administrator, or a dispatcher of the evaluation's
 * chain (an all-chain evaluation is the administrators'); scorers are the users it names. The
 * API still decides: a refused action says why.
 */
export function isCommittee(user: User, e: Pick<Evaluation, 'chainId'>): boolean {
  return user.role === 'admin' || (user.role === 'dispatcher' && e.chainId !== null && e.chainId === user.chainId);
}

export function isScorer(user: User, e: Pick<Evaluation, 'scorers'>): boolean {
  return (user.role === 'supervisor' || user.role === 'enterprise') && e.scorers.some((s) => s.userId === user.id);
}

export function canClose(user: User, e: Pick<Evaluation, 'chainId' | 'state'>): boolean {
  return e.state === 'open' && isCommittee(user, e);
}

export function canScore(user: User, e: Pick<Evaluation, 'scorers' | 'state'>): boolean {
  return e.state === 'open' && isScorer(user, e);
}

/** Holding an evaluation is the chain committee's or an administrator's (POST /api/evaluations). */
export function canCreateEvaluation(user: Pick<User, 'role'>): boolean {
  return user.role === 'admin' || user.role === 'dispatcher';
}

/** The caller's own score of a department, if any (a scorer sees only their own). */
export function ownScore(e: Pick<Evaluation, 'scores'>, userId: string, departmentId: string) {
  return e.scores.find((s) => s.scorerId === userId && s.departmentId === departmentId) ?? null;
}

/** Whether a closed evaluation's result sent the department to rectification. */
export function belowThreshold(result: number | null, threshold: number): boolean {
  return result !== null && result < threshold;
}
