import { Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { DURATION_PRESETS, parseDuration, presetOf } from '../lib/durations';
import { useDurationText } from './duration-text';

const CUSTOM = 'custom';

/**
 * Calendar time as a person picks it: a preset (2 hours, 1 day, 7 days, 15 days, 1 month) or
 * "custom…", which opens a field for any ISO 8601 duration. The value is the ISO string.
 */
export function DurationInput({
  id,
  value,
  onChange,
  stage,
  'aria-invalid': invalid,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The stage's name, for the custom field's label. */
  stage: string;
  'aria-invalid'?: boolean;
}) {
  const { t } = useI18n();
  const text = useDurationText();
  const preset = presetOf(value);
  const [custom, setCustom] = useState(() => !!value && !preset);
  const choice = preset && !custom ? preset : custom || value ? CUSTOM : undefined;
  return (
    <Space.Compact block>
      <Select
        id={id}
        value={choice}
        aria-invalid={invalid}
        style={{ minWidth: 130, flex: custom ? '0 0 130px' : 1 }}
        onChange={(next: string) => {
          if (next === CUSTOM) {
            setCustom(true);
            onChange?.(value);
          } else {
            setCustom(false);
            onChange?.(next);
          }
        }}
        options={[
          ...DURATION_PRESETS.map((p) => ({ value: p, label: text(parseDuration(p)!) })),
          { value: CUSTOM, label: t('admin.sla.custom') },
        ]}
      />
      {choice === CUSTOM && (
        <Input
          aria-label={t('admin.sla.iso', { stage })}
          aria-invalid={invalid}
          value={value}
          placeholder="P10D"
          onChange={(e) => onChange?.(e.target.value || undefined)}
          style={{ flex: 1 }}
        />
      )}
    </Space.Compact>
  );
}
