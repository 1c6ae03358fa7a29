import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { components } from '@/api/schema';

dayjs.extend(utc);
dayjs.extend(timezone);

type Schemas = components['schemas'];

/** The bodies of POST /api/tickets/:id/<action>, as the generated client types them. */
export interface ActionBodies {
  dispatch: Schemas['DispatchTicketDto'];
  accept: Schemas['NoteDto'];
  return: Schemas['ReturnTicketDto'];
  feedback: Schemas['FeedbackDto'];
  rate: Schemas['RateDto'];
  withdraw: Schemas['WithdrawDto'];
  'request-extension': Schemas['RequestExtensionDto'];
  'decide-extension': Schemas['DecideExtensionDto'];
  remind: Schemas['NoteDto'];
  'request-info': Schemas['RequestInfoDto'];
  'provide-info': Schemas['ProvideInfoDto'];
  'add-assist': Schemas['AddAssistDto'];
  'ask-assist': Schemas['AskAssistDto'];
  'assist-accept': Schemas['NoteDto'];
  'assist-decline': Schemas['DeclineAssistDto'];
  'assist-give': Schemas['GiveAssistDto'];
}
export type TicketAction = keyof ActionBodies;

/** The order buttons appear in when a ticket offers several. */
export const ACTIONS: TicketAction[] = [
  'dispatch',
  'accept',
  'assist-accept',
  'assist-give',
  'feedback',
  'rate',
  'provide-info',
  'decide-extension',
  'request-info',
  'request-extension',
  'remind',
  'add-assist',
  'ask-assist',
  'return',
  'assist-decline',
  'withdraw',
];

export function isKnownAction(action: string): action is TicketAction {
  return (ACTIONS as string[]).includes(action);
}

/** The ticket's availableActions the console has a form for, in button order. */
export function actionButtons(available: readonly string[]): TicketAction[] {
  return ACTIONS.filter((action) => available.includes(action));
}

/** What the forms hold before they become bodies: dates as pickers give them. */
export interface ActionValues {
  departmentId?: string;
  /** The dispatch's assisting departments, and those the committee adds (协办). */
  departmentIds?: string[];
  leaderUserId?: string;
  priority?: Schemas['DispatchTicketDto']['priority'];
  category?: Schemas['DispatchTicketDto']['category'];
  feedbackBy?: Dayjs | null;
  until?: Dayjs | null;
  note?: string;
  reason?: string;
  result?: Schemas['FeedbackDto']['result'];
  content?: string;
  score?: number;
  comment?: string;
  approve?: boolean;
  question?: string;
  answer?: string;
  /** Files uploaded to the order in the dialog, sent with the action. */
  attachmentIds?: string[];
}

/**
 * A picker's wall-clock time read in the service's zone (deadlines are shown in SLA_TIMEZONE,
 * so a chosen "18:00" means 18:00 there, whatever the browser's zone).
 */
export function pickedToIso(value: Dayjs, zone: string): string {
  return dayjs.tz(value.format('YYYY-MM-DDTHH:mm:ss'), zone).toISOString();
}

/** The reverse: an instant as the picker should show it (its wall clock in the zone). */
export function isoToPicked(iso: string, zone: string): Dayjs {
  return dayjs(dayjs(iso).tz(zone).format('YYYY-MM-DDTHH:mm:ss'));
}

const clean = (s: string | undefined): string | undefined => {
  const trimmed = s?.trim();
  return trimmed ? trimmed : undefined;
};

/** Only the fields that hold something: optional DTO fields are left out rather than sent empty. */
function compact<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as T;
}

/** The body of an action, exactly as its DTO wants it, from what the form holds. */
export function actionBody<A extends TicketAction>(action: A, v: ActionValues, zone: string): ActionBodies[A] {
  const body = ((): ActionBodies[TicketAction] => {
    switch (action) {
      case 'dispatch':
        return compact<ActionBodies['dispatch']>({
          departmentId: v.departmentId!,
          priority: v.priority!,
          category: v.category,
          leaderUserId: v.leaderUserId,
          feedbackBy: v.feedbackBy ? pickedToIso(v.feedbackBy, zone) : undefined,
          assistingDepartmentIds: v.departmentIds?.length ? v.departmentIds : undefined,
          note: clean(v.note),
        });
      case 'add-assist':
        return compact<ActionBodies['add-assist']>({ departmentIds: v.departmentIds ?? [], note: clean(v.note) });
      case 'ask-assist':
        return compact<ActionBodies['ask-assist']>({ reason: clean(v.reason) ?? '', departmentId: v.departmentId });
      case 'assist-accept':
        return compact({ note: clean(v.note) });
      case 'assist-decline':
        return { reason: v.reason as ActionBodies['assist-decline']['reason'], note: clean(v.note) ?? '' };
      case 'assist-give':
        return { content: clean(v.content) ?? '' };
      case 'accept':
      case 'remind':
        return compact({ note: clean(v.note) });
      case 'return':
        return { reason: v.reason as ActionBodies['return']['reason'], note: clean(v.note) ?? '' };
      case 'feedback':
        return { result: v.result!, content: clean(v.content) ?? '' };
      case 'rate':
        return compact<ActionBodies['rate']>({ score: v.score!, comment: clean(v.comment) });
      case 'withdraw':
        return { reason: clean(v.reason) ?? '' };
      case 'request-extension':
        return { until: v.until ? pickedToIso(v.until, zone) : '', reason: clean(v.reason) ?? '' };
      case 'decide-extension':
        return compact<ActionBodies['decide-extension']>({ approve: v.approve === true, note: clean(v.note) });
      case 'request-info':
        return { question: clean(v.question) ?? '' };
      case 'provide-info':
        return { answer: clean(v.answer) ?? '' };
      default:
        throw new Error(`unknown action ${String(action)}`);
    }
  })();
  const files = v.attachmentIds?.length ? { attachmentIds: v.attachmentIds } : {};
  return { ...body, ...(ATTACHING.has(action) ? files : {}) } as ActionBodies[A];
}

/** The actions whose body may carry `attachmentIds`. */
export const ATTACHING: ReadonlySet<TicketAction> = new Set<TicketAction>(['feedback', 'provide-info', 'request-info', 'return', 'rate', 'assist-give', 'assist-decline']);

/** A score of 1 or 2 sends the order back to the department for rectification (整改). */
export function rectifies(score: number | undefined): boolean {
  return score !== undefined && score >= 1 && score <= 2;
}
