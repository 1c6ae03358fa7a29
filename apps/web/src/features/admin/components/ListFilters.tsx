import { Form, Input } from 'antd';
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
