import type { Role } from '@/features/auth/session';
import type { MessageKey } from '@/lib/i18n';

export interface MenuEntry {
  path: string;
  label: MessageKey;
}
export interface MenuGroup {
  label: MessageKey;
  children: MenuEntry[];
}
export type MenuItem = MenuEntry | MenuGroup;

const notifications: MenuEntry = { path: '/notifications', label: 'menu.notifications' };

/**
 * What each role's menu holds. This decides what a user is shown, not what they may do: the
 * API decides that, and a ticket's buttons come from its `availableActions`.
 */
export const MENUS: Record<Role, MenuItem[]> = {
  enterprise: [
    { path: '/orders/new', label: 'menu.placeOrder' },
    { path: '/orders', label: 'menu.myOrders' },
    // Enterprise heads score departments at the 测评会 they are invited to.
    { path: '/evaluations', label: 'menu.evaluations' },
    notifications,
  ],
  commissioner: [
    { path: '/orders/new', label: 'menu.placeOrder' },
    { path: '/orders', label: 'menu.chainOrders' },
    notifications,
  ],
  dispatcher: [
    { path: '/queues', label: 'menu.queues' },
    { path: '/orders', label: 'menu.chainOrders' },
    { path: '/agenda', label: 'menu.agenda' },
    { path: '/evaluations', label: 'menu.evaluations' },
    { path: '/rectifications', label: 'menu.rectifications' },
    { path: '/scoreboard', label: 'menu.scoreboard' },
    { path: '/themes', label: 'menu.themes' },
    { path: '/ledgers', label: 'menu.ledgers' },
    notifications,
  ],
  department: [
    { path: '/work', label: 'menu.departmentQueues' },
    { path: '/orders', label: 'menu.allOrders' },
    { path: '/rectifications', label: 'menu.rectifications' },
    notifications,
  ],
  leader: [
    { path: '/work', label: 'menu.leaderOrders' },
    { path: '/rectifications', label: 'menu.rectifications' },
    { path: '/scoreboard', label: 'menu.scoreboard' },
    notifications,
  ],
  supervisor: [
    { path: '/scoreboard', label: 'menu.scoreboard' },
    { path: '/evaluations', label: 'menu.evaluations' },
    { path: '/orders', label: 'menu.allOrders' },
    { path: '/rectifications', label: 'menu.rectifications' },
    { path: '/agenda', label: 'menu.agenda' },
    { path: '/themes', label: 'menu.themes' },
    notifications,
  ],
  admin: [
    {
      label: 'menu.group.organisation',
      children: [
        { path: '/admin/chains', label: 'menu.admin.chains' },
        { path: '/admin/departments', label: 'menu.admin.departments' },
        { path: '/admin/enterprises', label: 'menu.admin.enterprises' },
        { path: '/admin/users', label: 'menu.admin.users' },
        { path: '/admin/import', label: 'menu.admin.import' },
      ],
    },
    {
      label: 'menu.group.settings',
      children: [
        { path: '/admin/catalogue', label: 'menu.admin.catalogue' },
        { path: '/admin/sla-policies', label: 'menu.admin.slaPolicies' },
        { path: '/admin/calendar', label: 'menu.admin.calendar' },
        { path: '/admin/audit', label: 'menu.admin.audit' },
      ],
    },
    {
      label: 'menu.group.integrations',
      children: [
        { path: '/admin/webhooks', label: 'menu.admin.webhooks' },
        { path: '/admin/api-keys', label: 'menu.admin.apiKeys' },
        { path: '/admin/queues', label: 'menu.admin.queueState' },
      ],
    },
    { path: '/orders', label: 'menu.allOrders' },
    { path: '/evaluations', label: 'menu.evaluations' },
    { path: '/rectifications', label: 'menu.rectifications' },
    { path: '/scoreboard', label: 'menu.scoreboard' },
    { path: '/themes', label: 'menu.themes' },
    { path: '/ledgers', label: 'menu.ledgers' },
    notifications,
  ],
};

export function menuPaths(role: Role): string[] {
  return MENUS[role].flatMap((item) => ('children' in item ? item.children.map((c) => c.path) : [item.path]));
}

/** Where a role lands after logging in: the first entry of its menu. */
export function homePath(role: Role): string {
  return menuPaths(role)[0];
}

/** The menu entry a location belongs to: the longest path that prefixes it. */
export function selectedPath(role: Role, pathname: string): string | undefined {
  return menuPaths(role)
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
}
