/** Orders: placing, lists, the order's page, its actions and timeline. */
export default {
  'tickets.column.code': '工单编号',
  'tickets.column.title': '标题',
  'tickets.column.category': '类别',
  'tickets.column.priority': '轻重缓急',
  'tickets.column.state': '状态',
  'tickets.column.enterprise': '企业',
  'tickets.column.department': '责任部门',
  'tickets.column.deadline': '时限',
  'tickets.column.flags': '督办 / 退单',
  'tickets.list.empty': '暂无工单',
  'tickets.list.label': '工单列表',
} as const;
