import { List, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';
import { usePhone } from '@/lib/use-phone';

export interface MobileRow {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode[];
}

/**
 * An admin list: a table on wide screens (the whole list is loaded, so sorting and pages are
 * the table's), a list of cards on phones where a wide table would only scroll sideways.
 */
export function AdminTable<T extends { id: string }>({ mobile, emptyText, ...table }: TableProps<T> & { mobile: (row: T) => MobileRow; emptyText?: string }) {
  const { t } = useI18n();
  const phone = usePhone();
  const empty = <span style={{ color: '#595959' }}>{emptyText ?? t('common.empty')}</span>;
  const pagination = { pageSize: 20, hideOnSinglePage: true, showTotal: (total: number) => t('common.total', { total }) };
  if (phone) {
    return (
      <List<T>
        itemLayout="vertical"
        loading={!!table.loading}
        dataSource={(table.dataSource ?? []) as T[]}
        locale={{ emptyText: empty }}
        pagination={(table.dataSource?.length ?? 0) > pagination.pageSize ? { ...pagination, size: 'small', align: 'center' } : false}
        renderItem={(row) => {
          const item = mobile(row);
          return (
            <List.Item key={row.id} actions={item.actions}>
              <List.Item.Meta title={item.title} description={item.description} />
            </List.Item>
          );
        }}
      />
    );
  }
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      scroll={{ x: 'max-content' }}
      pagination={pagination}
      locale={{ emptyText: empty }}
      {...table}
    />
  );
}
