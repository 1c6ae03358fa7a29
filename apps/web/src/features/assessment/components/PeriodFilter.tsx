import { DatePicker, Form, Select } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type Period, PERIOD_PRESETS, type PeriodPreset, periodDays, periodOfDays, presetPeriod } from '../lib/period';
import type { Named } from '../names';
import { ChoiceFilter } from './ChoiceFilter';
import { useI18n } from '@/lib/i18n';
import { timeZone } from '@/lib/time';

type Choice = PeriodPreset | 'custom';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The period and chain of a report, kept in the address (`?period=lastMonth`,
 * `?period=custom&from=2026-10-01&to=2026-12-31` with both days included, `&chain=<id>`):
 * reload and back keep them.
 */
export function useReportFilter(defaultPreset: PeriodPreset = 'thisMonth') {
  const [search, setSearch] = useSearchParams();
  const raw = search.get('period');
  const choice: Choice = raw === 'custom' || (PERIOD_PRESETS as readonly string[]).includes(raw ?? '') ? (raw as Choice) : defaultPreset;
  const first = search.get('from');
  const last = search.get('to');
  const chainId = search.get('chain') ?? undefined;
  const period = useMemo<Period>(() => {
    if (choice === 'custom') return first && last && DATE.test(first) && DATE.test(last) ? periodOfDays(first, last) : {};
    return presetPeriod(choice, Date.now(), timeZone());
  }, [choice, first, last]);
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next, { replace: true });
  };
  return { choice, period, chainId, update };
}

export function PeriodFilter({
  filter,
  chains,
  idPrefix,
}: {
  filter: ReturnType<typeof useReportFilter>;
  /** Offered only to roles that see several chains. */
  chains?: Named[];
  idPrefix: string;
}) {
  const { t } = useI18n();
  const { choice, period, chainId, update } = filter;
  const days = periodDays(period);
  const labels: Record<Choice, string> = {
    thisMonth: t('assessment.period.thisMonth'),
    lastMonth: t('assessment.period.lastMonth'),
    thisYear: t('assessment.period.thisYear'),
    all: t('assessment.period.all'),
    custom: t('assessment.period.custom'),
  };
  const options = [...PERIOD_PRESETS, 'custom' as const].map((value) => ({ value, label: labels[value] }));
  const choose = (value: Choice) => {
    if (value === 'custom') {
      update({ period: 'custom', from: days.first ?? dayjs().startOf('month').format('YYYY-MM-DD'), to: days.last ?? dayjs().format('YYYY-MM-DD') });
    } else update({ period: value, from: undefined, to: undefined });
  };
  return (
    <Form layout="inline" style={{ rowGap: 8 }} aria-label={t('assessment.period')}>
      <ChoiceFilter<Choice> id={`${idPrefix}-period`} label={t('assessment.period')} value={choice} options={options} onChange={choose} />
      {choice === 'custom' && (
        <Form.Item label={t('assessment.period.range')} htmlFor={`${idPrefix}-range`}>
          <DatePicker.RangePicker
            id={`${idPrefix}-range`}
            allowClear={false}
            value={days.first && days.last ? [dayjs(days.first), dayjs(days.last)] : null}
            placeholder={[t('assessment.period.from'), t('assessment.period.to')]}
            onChange={(range) => {
              if (range?.[0] && range[1]) update({ period: 'custom', from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
            }}
          />
        </Form.Item>
      )}
      {chains && (
        <Form.Item label={t('assessment.chain')} htmlFor={`${idPrefix}-chain`}>
          <Select
            id={`${idPrefix}-chain`}
            allowClear
            style={{ minWidth: 180 }}
            value={chainId}
            placeholder={t('assessment.chain.all')}
            onChange={(value?: string) => update({ chain: value })}
            options={chains.map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      )}
    </Form>
  );
}
