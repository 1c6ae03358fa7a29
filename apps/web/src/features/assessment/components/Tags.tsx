import { Tag } from 'antd';
import type { Evaluation, Rectification } from '../api';
import { useI18n } from '@/lib/i18n';

/** Explicit colours with at least 4.5:1 contrast (antd's preset Tag colours fail WCAG AA). */
export const TONES = {
  green: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  blue: { color: '#003a8c', background: '#e6f4ff', borderColor: '#91caff' },
  orange: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  red: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  grey: { color: '#434343', background: '#f5f5f5', borderColor: '#d9d9d9' },
} as const;
export type Tone = keyof typeof TONES;

export function ToneTag({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  return (
    <Tag style={{ ...TONES[tone], marginInlineEnd: 0 }}>
      {children}
    </Tag>
  );
}

export function EvaluationStateTag({ state }: { state: Evaluation['state'] }) {
  const { tx } = useI18n();
  return <ToneTag tone={state === 'open' ? 'blue' : 'grey'}>{tx(`assessment.evaluation.state.${state}`)}</ToneTag>;
}

const RECT_TONE: Record<Rectification['state'], Tone> = { open: 'orange', reported: 'blue', signed_off: 'green' };

export function RectificationStateTag({ state }: { state: Rectification['state'] }) {
  const { tx } = useI18n();
  return <ToneTag tone={RECT_TONE[state]}>{tx(`assessment.rect.state.${state}`)}</ToneTag>;
}
