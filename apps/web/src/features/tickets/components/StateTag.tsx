import { Tag } from 'antd';
import { useI18n } from '@/lib/i18n';
import type { TicketState } from '../api';

/** Text colours with at least 4.5:1 contrast on their background (antd's preset tags fail). */
const COLOURS: Record<TicketState, { color: string; background: string; border: string }> = {
  placed: { color: '#003a8c', background: '#e6f4ff', border: '#91caff' },
  dispatched: { color: '#003a8c', background: '#e6f4ff', border: '#91caff' },
  in_progress: { color: '#22075e', background: '#f9f0ff', border: '#d3adf7' },
  awaiting_info: { color: '#873800', background: '#fff7e6', border: '#ffd591' },
  returned: { color: '#873800', background: '#fff7e6', border: '#ffd591' },
  feedback_given: { color: '#00474f', background: '#e6fffb', border: '#87e8de' },
  rectifying: { color: '#a8071a', background: '#fff1f0', border: '#ffa39e' },
  closed: { color: '#135200', background: '#f6ffed', border: '#b7eb8f' },
  withdrawn: { color: '#434343', background: '#f5f5f5', border: '#d9d9d9' },
};

export function StateTag({ state }: { state: TicketState }) {
  const { tx } = useI18n();
  const c = COLOURS[state] ?? COLOURS.withdrawn;
  return (
    <Tag data-state={state} style={{ color: c.color, background: c.background, borderColor: c.border, marginInlineEnd: 0 }}>
      {tx(`state.${state}`)}
    </Tag>
  );
}
