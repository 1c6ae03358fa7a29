import type zh from '../zh-CN/tickets';

export default {
  'tickets.column.code': 'Order no.',
  'tickets.column.title': 'Title',
  'tickets.column.category': 'Category',
  'tickets.column.priority': 'Priority',
  'tickets.column.state': 'State',
  'tickets.column.enterprise': 'Enterprise',
  'tickets.column.department': 'Department',
  'tickets.column.deadline': 'Deadline',
  'tickets.column.flags': 'Escalation / returns',
  'tickets.list.empty': 'No orders',
  'tickets.list.label': 'Orders',
} satisfies Record<keyof typeof zh, string>;
