import type { Role } from '@whistle/common';
import { restoreTicket, type StoredTicketMachine, type TicketActionEvent } from '@whistle/workflows';

/** The actions of API.md's table, by their URL names (`assist-accept` is POST …/assist/accept). */
export const TICKET_ACTIONS = [
  'dispatch',
  'accept',
  'return',
  'feedback',
  'rate',
  'withdraw',
  'request-extension',
  'decide-extension',
  'remind',
  'request-info',
  'provide-info',
  'add-assist',
  'ask-assist',
  'assist-accept',
  'assist-decline',
  'assist-give',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** The action's path under /api/tickets/:id/: its name, but `assist/accept` for `assist-accept` and `assist/add` for `add-assist`. */
export function actionPath(action: TicketAction): string {
  if (action.startsWith('assist-')) return `assist/${action.slice('assist-'.length)}`;
  if (action.endsWith('-assist')) return `assist/${action.slice(0, -'-assist'.length)}`;
  return action;
}

/** Which roles may ever take each action; any other role gets 403. */
export const ACTION_ROLES: Record<TicketAction, readonly Role[]> = {
  dispatch: ['dispatcher'],
  accept: ['department'],
  return: ['department'],
  feedback: ['department'],
  rate: ['enterprise'],
  withdraw: ['enterprise', 'commissioner'],
  'request-extension': ['department'],
  'decide-extension': ['dispatcher'],
  remind: ['dispatcher'],
  'request-info': ['department'],
  'provide-info': ['enterprise', 'commissioner'],
  'add-assist': ['dispatcher'],
  'ask-assist': ['department'],
  'assist-accept': ['department'],
  'assist-decline': ['department'],
  'assist-give': ['department'],
};

/** A department's actions on its own assisting part (协办). */
export const ASSIST_ACTIONS: ReadonlySet<TicketAction> = new Set(['assist-accept', 'assist-decline', 'assist-give']);

/** A department's other actions are the lead's (主办): an assisting department that sees the order may not take them. */
export const LEAD_ACTIONS: ReadonlySet<TicketAction> = new Set(TICKET_ACTIONS.filter((action) => ACTION_ROLES[action].includes('department') && !ASSIST_ACTIONS.has(action)));

/** Who asks, as far as the machine's events need it: the assisting department an assist action is about. */
export interface ActingDepartment {
  departmentId?: string | null;
}

/** The machine event each action sends, built from its validated body (and the acting department, for its part). */
export function actionEvent(action: TicketAction, body: object, actor: ActingDepartment = {}): TicketActionEvent {
  const department = actor.departmentId ?? '';
  switch (action) {
    case 'dispatch':
      return { type: 'DISPATCH', assisting: (body as { assistingDepartmentIds?: string[] }).assistingDepartmentIds ?? [] };
    case 'accept':
      return { type: 'ACCEPT' };
    case 'return':
      return { type: 'RETURN' };
    case 'feedback':
      return { type: 'FEEDBACK' };
    case 'rate':
      return { type: 'RATE', score: (body as { score: number }).score };
    case 'withdraw':
      return { type: 'WITHDRAW' };
    case 'request-extension':
      return { type: 'REQUEST_EXTENSION' };
    case 'decide-extension':
      return { type: 'DECIDE_EXTENSION', approve: (body as { approve: boolean }).approve };
    case 'remind':
      return { type: 'REMIND' };
    case 'request-info':
      return { type: 'REQUEST_INFO' };
    case 'provide-info':
      return { type: 'PROVIDE_INFO' };
    case 'add-assist':
      return { type: 'ADD_ASSIST', departments: (body as { departmentIds: string[] }).departmentIds };
    case 'ask-assist':
      return { type: 'ASK_ASSIST' };
    case 'assist-accept':
      return { type: 'ASSIST_ACCEPT', department };
    case 'assist-decline':
      return { type: 'ASSIST_DECLINE', department };
    case 'assist-give':
      return { type: 'ASSIST_GIVE', department };
  }
}

/**
 * A representative event per action, to ask the machine whether the action is possible at all.
 * An empty body will do for every action but `add-assist`, whose guard wants departments: it
 * probes with one no order has, so it asks "may any be added now". (A rating without a score
 * is still a rating, an extension decision without `approve` still a decision: the machine
 * takes both in the same states.)
 */
function probe(action: TicketAction, departmentId: string | null): TicketActionEvent {
  if (action === 'add-assist') return actionEvent(action, { departmentIds: ['(any other department)'] });
  return actionEvent(action, {}, { departmentId });
}

/** The caller as availableActions needs it: its role, and for a department which one. */
export interface ActionAsker {
  role: Role;
  departmentId?: string | null;
}

/**
 * What the asker may do now: the machine's `can()` intersected with the role's actions, and for a
 * department its relation to the order: the lead's actions if it leads it, its part's if it assists.
 * Callers only ask this for tickets the asker may see, which is the relation check.
 */
export function availableActions(asker: ActionAsker, ticket: { departmentId: string | null; machine: StoredTicketMachine }): TicketAction[] {
  // Only a department's relation counts (the filter below); the others' departmentId is null anyway.
  const department = asker.departmentId ?? null;
  const leads = department !== null && ticket.departmentId === department;
  const assists = department !== null && department in ticket.machine.context.assists;
  const key = `${asker.role}|${leads}|${assists}|${JSON.stringify(ticket.machine)}|${assists ? department : ''}`;
  const known = answered.get(key);
  if (known) return [...known];
  const snapshot = restoreTicket(ticket.machine);
  const actions = TICKET_ACTIONS.filter(
    (action) =>
      ACTION_ROLES[action].includes(asker.role) &&
      // A department's other actions are the lead's.
      (asker.role !== 'department' || (ASSIST_ACTIONS.has(action) ? assists : leads)) &&
      snapshot.can(probe(action, department)),
  );
  if (answered.size >= ANSWERS_KEPT) answered.clear();
  answered.set(key, actions);
  return [...actions];
}

/**
 * The answer depends only on the asker's relation and the stored machine, and a page of tickets
 * mostly repeats a few of those: restoring the snapshot and probing it with can() per ticket was
 * most of a list request's CPU (npm run bench).
 */
const answered = new Map<string, TicketAction[]>();
const ANSWERS_KEPT = 2000;

/** How many answers availableActions keeps (for its spec: the cache is bounded). */
export const keptAnswers = (): number => answered.size;
