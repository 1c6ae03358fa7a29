import { type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { session } from '@/features/auth/session';
import { useSessionUser } from '@/features/auth/use-session';
import { NotFound } from '@/components/NotFound';
import { unreadQuery } from '@/features/notifications/api';
import { prefetchQueues } from '@/features/queues/queries';
import { DISPATCH_QUEUES, workQueuesFor } from '@/features/queues/queues';
import { directoryQuery } from '@/lib/directory';
import { preloadable } from '@/lib/preloadable';
import { metaQuery } from '@/lib/meta';
import { homePath } from './menus';
import { queryClient } from './query-client';

// Every screen is its own chunk, the frame too: the login page loads none of them.
const AppLayout = preloadable(() => import('./AppLayout'));
const screens = {
  login: preloadable(() => import('@/features/auth/LoginPage')),
  password: preloadable(() => import('@/features/auth/ChangePasswordPage')),
  notifications: preloadable(() => import('@/features/notifications/NotificationsPage')),
  placeOrder: preloadable(() => import('@/features/tickets/pages/PlaceOrderPage')),
  orders: preloadable(() => import('@/features/tickets/pages/OrdersPage')),
  ticket: preloadable(() => import('@/features/tickets/pages/TicketPage')),
  dispatchQueues: preloadable(() => import('@/features/queues/pages/DispatchQueuesPage')),
  workQueues: preloadable(() => import('@/features/queues/pages/WorkQueuesPage')),
  agenda: preloadable(() => import('@/features/queues/pages/AgendaPage')),
  ledgers: preloadable(() => import('@/features/queues/pages/LedgersPage')),
  scoreboard: preloadable(() => import('@/features/assessment/pages/ScoreboardPage')),
  themes: preloadable(() => import('@/features/assessment/pages/ThemesPage')),
  evaluations: preloadable(() => import('@/features/assessment/pages/EvaluationsPage')),
  evaluation: preloadable(() => import('@/features/assessment/pages/EvaluationPage')),
  rectifications: preloadable(() => import('@/features/assessment/pages/RectificationsPage')),
  rectification: preloadable(() => import('@/features/assessment/pages/RectificationPage')),
  chains: preloadable(() => import('@/features/admin/pages/ChainsPage')),
  departments: preloadable(() => import('@/features/admin/pages/DepartmentsPage')),
  enterprises: preloadable(() => import('@/features/admin/pages/EnterprisesPage')),
  users: preloadable(() => import('@/features/admin/pages/UsersPage')),
  slaPolicies: preloadable(() => import('@/features/admin/pages/SlaPoliciesPage')),
  calendar: preloadable(() => import('@/features/admin/pages/CalendarPage')),
  audit: preloadable(() => import('@/features/admin/pages/AuditPage')),
  import: preloadable(() => import('@/features/admin/pages/ImportPage')),
  catalogue: preloadable(() => import('@/features/admin/pages/CataloguePage')),
  webhooks: preloadable(() => import('@/features/integrations/WebhooksPage')),
  apiKeys: preloadable(() => import('@/features/integrations/ApiKeysPage')),
  queueState: preloadable(() => import('@/features/integrations/QueueStatePage')),
};
type Screen = keyof typeof screens;

/** Which screen a path shows (the routes below, as data, for prefetching). */
const SCREEN_PATHS: [RegExp, Screen][] = [
  [/^\/account\/password$/, 'password'],
  [/^\/notifications$/, 'notifications'],
  [/^\/orders\/new$/, 'placeOrder'],
  [/^\/orders$/, 'orders'],
  [/^\/orders\/[^/]+$/, 'ticket'],
  [/^\/queues$/, 'dispatchQueues'],
  [/^\/work$/, 'workQueues'],
  [/^\/agenda$/, 'agenda'],
  [/^\/ledgers$/, 'ledgers'],
  [/^\/scoreboard$/, 'scoreboard'],
  [/^\/themes$/, 'themes'],
  [/^\/evaluations$/, 'evaluations'],
  [/^\/evaluations\/[^/]+$/, 'evaluation'],
  [/^\/rectifications$/, 'rectifications'],
  [/^\/rectifications\/[^/]+$/, 'rectification'],
  [/^\/admin\/chains$/, 'chains'],
  [/^\/admin\/departments$/, 'departments'],
  [/^\/admin\/enterprises$/, 'enterprises'],
  [/^\/admin\/users$/, 'users'],
  [/^\/admin\/sla-policies$/, 'slaPolicies'],
  [/^\/admin\/calendar$/, 'calendar'],
  [/^\/admin\/audit$/, 'audit'],
  [/^\/admin\/import$/, 'import'],
  [/^\/admin\/catalogue$/, 'catalogue'],
  [/^\/admin\/webhooks$/, 'webhooks'],
  [/^\/admin\/api-keys$/, 'apiKeys'],
  [/^\/admin\/queues$/, 'queueState'],
];

export function screenFor(pathname: string): Screen | undefined {
  return SCREEN_PATHS.find(([pattern]) => pattern.test(pathname))?.[1];
}

/**
 * What the first screen needs, asked for before it renders. A logged-in user opening the
 * console needs the frame and the screen of the address (or the role's home): both chunks are
 * fetched side by side, instead of the screen's only after the frame has loaded and rendered,
 * and the API is asked for what they show first (the unread count, the directory, a queue's
 * counts and first page) while the code loads, instead of after each part has rendered.
 * Resolves when the chunks are loaded (or failed: the screens' own fallbacks then take over);
 * `main.tsx` renders after that, so the first commit holds the whole screen.
 */
export function prepareFirstScreen(): Promise<unknown> {
  void queryClient.prefetchQuery(metaQuery);
  const user = session.user();
  if (!user) return screens.login.preload().catch(() => undefined);
  // A one-time password: nothing but the password form answers until it is changed.
  if (user.mustChangePassword) return Promise.all([AppLayout.preload(), screens.password.preload()]).catch(() => undefined);
  void queryClient.prefetchQuery(unreadQuery);
  void queryClient.prefetchQuery(directoryQuery(user.id));
  const screen = screenFor(location.pathname === '/' ? homePath(user.role) : location.pathname);
  const search = new URLSearchParams(location.search);
  if (screen === 'dispatchQueues') prefetchQueues(queryClient, DISPATCH_QUEUES, search);
  if (screen === 'workQueues') prefetchQueues(queryClient, workQueuesFor(user.role).queues, search);
  return Promise.all([AppLayout.preload(), screen && screens[screen].preload()]).catch(() => undefined);
}

/**
 * Logged in, or off to the login page, which brings the user back here afterwards. A user with
 * a one-time password goes to the password form first (the API answers nothing else), and
 * comes back here after it.
 */
function RequireSession({ children }: { children: ReactNode }) {
  const user = useSessionUser();
  const location = useLocation();
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (user.mustChangePassword && location.pathname !== PASSWORD_PATH) {
    if (location.pathname !== '/') session.rememberReturnPath(location.pathname + location.search);
    return <Navigate to={PASSWORD_PATH} replace />;
  }
  return children;
}

export const PASSWORD_PATH = '/account/password';

function Home() {
  const user = useSessionUser();
  return <Navigate to={user ? homePath(user.role) : '/login'} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<screens.login />} />
      <Route path="/login/sso" element={<screens.login />} />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<Home />} />
        <Route path="account/password" element={<screens.password />} />
        <Route path="notifications" element={<screens.notifications />} />
        <Route path="orders" element={<screens.orders />} />
        <Route path="orders/new" element={<screens.placeOrder />} />
        <Route path="orders/:id" element={<screens.ticket />} />
        <Route path="queues" element={<screens.dispatchQueues />} />
        <Route path="work" element={<screens.workQueues />} />
        <Route path="agenda" element={<screens.agenda />} />
        <Route path="ledgers" element={<screens.ledgers />} />
        <Route path="scoreboard" element={<screens.scoreboard />} />
        <Route path="themes" element={<screens.themes />} />
        <Route path="evaluations" element={<screens.evaluations />} />
        <Route path="evaluations/:id" element={<screens.evaluation />} />
        <Route path="rectifications" element={<screens.rectifications />} />
        <Route path="rectifications/:id" element={<screens.rectification />} />
        <Route path="admin/chains" element={<screens.chains />} />
        <Route path="admin/departments" element={<screens.departments />} />
        <Route path="admin/enterprises" element={<screens.enterprises />} />
        <Route path="admin/users" element={<screens.users />} />
        <Route path="admin/sla-policies" element={<screens.slaPolicies />} />
        <Route path="admin/calendar" element={<screens.calendar />} />
        <Route path="admin/audit" element={<screens.audit />} />
        <Route path="admin/import" element={<screens.import />} />
        <Route path="admin/catalogue" element={<screens.catalogue />} />
        <Route path="admin/webhooks" element={<screens.webhooks />} />
        <Route path="admin/api-keys" element={<screens.apiKeys />} />
        <Route path="admin/queues" element={<screens.queueState />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
