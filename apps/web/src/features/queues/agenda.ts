import type { components } from '@/api/schema';
import type { MessageKey } from '@/lib/i18n';

export type Agenda = components['schemas']['Agenda'];
export type AgendaItem = components['schemas']['AgendaItem'];
export type AgendaSectionId = 'overdue' | 'escalated' | 'returnedMoreThanOnce' | 'ratedUnsatisfied' | 'extensionsPending' | 'awaitingInfo';

/** The sections of the half-monthly meeting (半月一碰头), in the order the meeting takes them. */
export const AGENDA_SECTIONS: readonly AgendaSectionId[] = [
  'overdue',
  'escalated',
  'returnedMoreThanOnce',
  'ratedUnsatisfied',
  'extensionsPending',
  'awaitingInfo',
];

/** The API lists at most this many items per section. */
export const AGENDA_SECTION_LIMIT = 200;

export function sectionLabel(section: AgendaSectionId): MessageKey {
  return `queues.agenda.section.${section}` as MessageKey;
}

/** Why an item is on the agenda, read from the API's `detail` so that it can be worded in either language. */
export type AgendaDetail =
  | { kind: 'rated'; score: number; at: string }
  | { kind: 'extension'; until: string }
  | { kind: 'question'; text: string }
  | null;

/**
 * The API's `detail` is a short English phrase (`rated 2 at 2026-11-20T08:00:00Z`, `until
 * 2026-12-10T16:00:00.000Z`) or, for awaiting information, the enterprise's question itself.
 * Escalation level and return count are fields of their own and need no parsing.
 */
export function agendaDetail(section: AgendaSectionId, detail: string | null): AgendaDetail {
  if (detail === null || detail.trim() === '') return null;
  switch (section) {
    case 'ratedUnsatisfied': {
      const match = /^rated (\d+) at (\S+)$/.exec(detail.trim());
      return match ? { kind: 'rated', score: Number(match[1]), at: match[2] } : null;
    }
    case 'extensionsPending': {
      const match = /^until (\S+)$/.exec(detail.trim());
      return match ? { kind: 'extension', until: match[1] } : null;
    }
    case 'awaitingInfo':
      return { kind: 'question', text: detail };
    default:
      return null;
  }
}

/** The agenda's query: `since` as a calendar day (midnight in SLA_TIMEZONE for the API), the chain if chosen. */
export function agendaQuery(since: string | null, chainId: string | null): { since?: string; chainId?: string } {
  return { ...(since ? { since } : {}), ...(chainId ? { chainId } : {}) };
}
