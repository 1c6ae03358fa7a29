import { Form, Input, Select } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';

/** The filters above a list: a labelled search box, and any further filter beside it. */
export function ListFilters({ text, onText, placeholder, children }: { text: string; onText: (text: string) => void; placeholder: string; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }} onSubmitCapture={(e) => e.preventDefault()}>
      <Form.Item label={t('admin.filter.text')} htmlFor="admin-filter-text">
        <Input id="admin-filter-text" type="search" allowClear value={text} onChange={(e) => onText(e.target.value)} placeholder={placeholder} style={{ width: 220 }} />
      </Form.Item>
      {children}
    </Form>
  );
}

/** A pick-one filter beside the search box: "all" when cleared. */
export function FilterSelect<V extends string>({
  id,
  label,
  value,
  onChange,
  options,
  width = 200,
  search = false,
}: {
  id: string;
  label: string;
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  options: { value: V; label: string }[];
  width?: number;
  /** Typing narrows the options (for long lists). */
  search?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Form.Item label={label} htmlFor={id}>
      <Select<V>
        id={id}
        allowClear
        showSearch={search ? { optionFilterProp: 'label' } : undefined}
        placeholder={t('admin.filter.all')}
        value={value}
        onChange={onChange}
        style={{ width }}
        options={options}
      />
    </Form.Item>
  );
}
