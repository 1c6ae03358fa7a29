import { useCallback } from 'react';
import { useI18n } from '@/lib/i18n';
import { type DeadlineSpec, type DurationPart, parseDuration } from '../lib/durations';

/** A duration in words (`P1DT12H` → 1 天 12 小时). */
export function useDurationText() {
  const { t } = useI18n();
  return useCallback((parts: DurationPart[]) => parts.map((p) => t(`admin.duration.${p.unit}`, { n: p.n })).join(' '), [t]);
}

/** One stage of a policy in words: "15 个工作日", "1 个月"; an ISO string it cannot read stays as it is. */
export function useSpecText() {
  const { t } = useI18n();
  const durationText = useDurationText();
  return useCallback(
    (spec: DeadlineSpec | undefined): string | null => {
      if (!spec) return null;
      if (spec.workingDays !== undefined) return t('admin.sla.workingDaysValue', { n: spec.workingDays });
      if (spec.duration) {
        const parts = parseDuration(spec.duration);
        return parts ? durationText(parts) : spec.duration;
      }
      return null;
    },
    [t, durationText],
  );
}
