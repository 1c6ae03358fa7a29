import { lazy, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { session } from '@/features/auth/session';
import { useSessionUser } from '@/features/auth/use-session';
import { NotFound } from '@/components/NotFound';
import { unreadQuery } from '@/features/notifications/api';
import { prefetchQueues } from '@/features/queues/queries';
import { DISPATCH_QUEUES, workQueuesFor } from '@/features/queues/queues';
import { directoryQuery } from '@/lib/directory';
import { metaQuery } from '@/lib/meta';
import { homePath } from './menus';
import { queryClient } from './query-client';

// Every screen is its own chunk, the frame too: the login page loads none of them.
const importLayout = () => import('./AppLayout');
const screens = {
  login: () => import('@/features/auth/LoginPage'),
  notifications: () => import('@/features/notifications/NotificationsPage'),
  placeOrder: () => import('@/features/tickets/pages/PlaceOrderPage'),
  orders: () => import('@/features/tickets/pages/OrdersPage'),
  ticket: () => import('@/features/tickets/pages/TicketPage'),
  dispatchQueues: () => import('@/features/queues/pages/DispatchQueuesPage'),
  workQueues: () => import('@/features/queues/pages/WorkQueuesPage'),
  agenda: () => import('@/features/queues/pages/AgendaPage'),
  ledgers: () => import('@/features/queues/pages/LedgersPage'),
  scoreboard: () => import('@/features/assessment/pages/ScoreboardPage'),
  evaluations: () => import('@/features/assessment/pages/EvaluationsPage'),
  evaluation: () => import('@/features/assessment/pages/EvaluationPage'),
  rectifications: () => import('@/features/assessment/pages/RectificationsPage'),
  rectification: () => import('@/features/assessment/pages/RectificationPage'),
  chains: () => import('@/features/admin/pages/ChainsPage'),
  departments: () => import('@/features/admin/pages/DepartmentsPage'),
  enterprises: () => import('@/features/admin/pages/EnterprisesPage'),
  users: () => import('@/features/admin/pages/UsersPage'),
  slaPolicies: () => import('@/features/admin/pages/SlaPoliciesPage'),
  calendar: () => import('@/features/admin/pages/CalendarPage'),
};
type Screen = keyof typeof screens;

/** Which screen a path shows (the routes below, as data, for prefetching). */
const SCREEN_PATHS: [RegExp, Screen][] = [
  [/^\/notifications$/, 'notifications'],
  [/^\/orders\/new$/, 'placeOrder'],
  [/^\/orders$/, 'orders'],
  [/^\/orders\/[^/]+$/, 'ticket'],
  [/^\/queues$/, 'dispatchQueues'],
  [/^\/work$/, 'workQueues'],
  [/^\/agenda$/, 'agenda'],
  [/^\/ledgers$/, 'ledgers'],
  [/^\/scoreboard$/, 'scoreboard'],
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
];

export function screenFor(pathname: string): Screen | undefined {
  return SCREEN_PATHS.find(([pattern]) => pattern.test(pathname))?.[1];
}

/**
 * A logged-in user opening the console needs the frame and the screen of the address (or the
 * role's home) at once: fetch both chunks side by side, instead of the screen's only after the
 * frame has loaded and rendered, and ask the API for what they show first (the unread count,
 * the directory, a queue's counts and first page) while the code loads, instead of after each
 * part has rendered.
 */
function prefetchForSession(): void {
  void queryClient.prefetchQuery(metaQuery);
  const user = session.user();
  if (!user) return;
  void importLayout();
  void queryClient.prefetchQuery(unreadQuery);
  void queryClient.prefetchQuery(directoryQuery(user.id));
  const screen = screenFor(location.pathname === '/' ? homePath(user.role) : location.pathname);
  if (!screen) return;
  void screens[screen]();
  const search = new URLSearchParams(location.search);
  if (screen === 'dispatchQueues') prefetchQueues(queryClient, DISPATCH_QUEUES, search);
  if (screen === 'workQueues') prefetchQueues(queryClient, workQueuesFor(user.role).queues, search);
}
prefetchForSession();

const AppLayout = lazy(importLayout);
const LoginPage = lazy(screens.login);
const NotificationsPage = lazy(screens.notifications);
const PlaceOrderPage = lazy(screens.placeOrder);
const OrdersPage = lazy(screens.orders);
const TicketPage = lazy(screens.ticket);
const DispatchQueuesPage = lazy(screens.dispatchQueues);
const WorkQueuesPage = lazy(screens.workQueues);
const AgendaPage = lazy(screens.agenda);
const LedgersPage = lazy(screens.ledgers);
const ScoreboardPage = lazy(screens.scoreboard);
const EvaluationsPage = lazy(screens.evaluations);
const EvaluationPage = lazy(screens.evaluation);
const RectificationsPage = lazy(screens.rectifications);
const RectificationPage = lazy(screens.rectification);
const ChainsPage = lazy(screens.chains);
const DepartmentsPage = lazy(screens.departments);
const EnterprisesPage = lazy(screens.enterprises);
const UsersPage = lazy(screens.users);
const SlaPoliciesPage = lazy(screens.slaPolicies);
const CalendarPage = lazy(screens.calendar);

/** Logged in, or off to the login page, which brings the user back here afterwards. */
function RequireSession({ children }: { children: ReactNode }) {
  const user = useSessionUser();
  const location = useLocation();
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

function Home() {
  const user = useSessionUser();
  return <Navigate to={user ? homePath(user.role) : '/login'} replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<Home />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="orders" element={<OrdersPage />} />
        <Route path="orders/new" element={<PlaceOrderPage />} />
        <Route path="orders/:id" element={<TicketPage />} />
        <Route path="queues" element={<DispatchQueuesPage />} />
        <Route path="work" element={<WorkQueuesPage />} />
        <Route path="agenda" element={<AgendaPage />} />
        <Route path="ledgers" element={<LedgersPage />} />
        <Route path="scoreboard" element={<ScoreboardPage />} />
        <Route path="evaluations" element={<EvaluationsPage />} />
        <Route path="evaluations/:id" element={<EvaluationPage />} />
        <Route path="rectifications" element={<RectificationsPage />} />
        <Route path="rectifications/:id" element={<RectificationPage />} />
        <Route path="admin/chains" element={<ChainsPage />} />
        <Route path="admin/departments" element={<DepartmentsPage />} />
        <Route path="admin/enterprises" element={<EnterprisesPage />} />
        <Route path="admin/users" element={<UsersPage />} />
        <Route path="admin/sla-policies" element={<SlaPoliciesPage />} />
        <Route path="admin/calendar" element={<CalendarPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
