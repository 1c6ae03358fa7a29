import { Button, Card, Checkbox, Flex, Form, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSessionUser } from '@/features/auth/use-session';
import { useI18n, type MessageKey } from '@/lib/i18n';
import type { Category, TicketListQuery, TicketState } from '../api';
import { TicketTable } from '../components/TicketTable';
import { CATEGORIES, STATES } from '../domain';

/** Whose orders the list holds: the API scopes it to the caller; the heading says which. */
const HEADINGS: Record<string, MessageKey> = {
  enterprise: 'menu.myOrders',
  commissioner: 'menu.chainOrders',
  dispatcher: 'menu.chainOrders',
};

/** The caller's orders with filters kept in the address (back and reload keep them). */
export default function OrdersPage() {
  const { t, tx } = useI18n();
  const user = useSessionUser()!;
  const [search, setSearch] = useSearchParams();
  const state = (search.get('state') as TicketState | null) ?? undefined;
  const category = (search.get('category') as Category | null) ?? undefined;
  const overdue = search.get('overdue') === 'true' ? true : undefined;
  const params = useMemo<TicketListQuery>(() => ({ state, category, overdue }), [state, category, overdue]);
  const set = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  };
  const canPlace = user.role === 'enterprise' || user.role === 'commissioner';
  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBlockEnd: 12 }}>
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t(HEADINGS[user.role] ?? 'menu.allOrders')}
        </Typography.Title>
        {canPlace && (
          <Link to="/orders/new">
            <Button type="primary" tabIndex={-1}>
              {t('menu.placeOrder')}
            </Button>
          </Link>
        )}
      </Flex>
      <Form layout="inline" style={{ marginBlockEnd: 12, rowGap: 8 }} aria-label={t('tickets.filter.label')}>
        <Form.Item label={t('tickets.filter.state')} htmlFor="orders-filter-state">
          <Select
            id="orders-filter-state"
            allowClear
            style={{ minWidth: 150 }}
            value={state}
            placeholder={t('common.all')}
            onChange={(v) => set('state', v)}
            options={STATES.map((s) => ({ value: s, label: tx(`state.${s}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('tickets.filter.category')} htmlFor="orders-filter-category">
          <Select
            id="orders-filter-category"
            allowClear
            style={{ minWidth: 150 }}
            value={category}
            placeholder={t('common.all')}
            onChange={(v) => set('category', v)}
            options={CATEGORIES.map((c) => ({ value: c, label: tx(`category.${c}`) }))}
          />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={overdue === true} onChange={(e) => set('overdue', e.target.checked ? 'true' : undefined)}>
            {t('tickets.filter.overdue')}
          </Checkbox>
        </Form.Item>
      </Form>
      <TicketTable params={params} title={t('tickets.list.label')} />
    </Card>
  );
}
