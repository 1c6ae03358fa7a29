import { lazy, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useSessionUser } from '@/features/auth/use-session';
import { NotFound } from '@/components/NotFound';
import { homePath } from './menus';

// Every screen is its own chunk, the frame too: the login page loads none of them.
const AppLayout = lazy(() => import('./AppLayout'));
const LoginPage = lazy(() => import('@/features/auth/LoginPage'));
const NotificationsPage = lazy(() => import('@/features/notifications/NotificationsPage'));
const PlaceOrderPage = lazy(() => import('@/features/tickets/pages/PlaceOrderPage'));
const OrdersPage = lazy(() => import('@/features/tickets/pages/OrdersPage'));
const TicketPage = lazy(() => import('@/features/tickets/pages/TicketPage'));
const DispatchQueuesPage = lazy(() => import('@/features/queues/pages/DispatchQueuesPage'));
const WorkQueuesPage = lazy(() => import('@/features/queues/pages/WorkQueuesPage'));
const AgendaPage = lazy(() => import('@/features/queues/pages/AgendaPage'));
const LedgersPage = lazy(() => import('@/features/queues/pages/LedgersPage'));
const ScoreboardPage = lazy(() => import('@/features/assessment/pages/ScoreboardPage'));
const EvaluationsPage = lazy(() => import('@/features/assessment/pages/EvaluationsPage'));
const EvaluationPage = lazy(() => import('@/features/assessment/pages/EvaluationPage'));
const RectificationsPage = lazy(() => import('@/features/assessment/pages/RectificationsPage'));
const RectificationPage = lazy(() => import('@/features/assessment/pages/RectificationPage'));
const ChainsPage = lazy(() => import('@/features/admin/pages/ChainsPage'));
const DepartmentsPage = lazy(() => import('@/features/admin/pages/DepartmentsPage'));
const EnterprisesPage = lazy(() => import('@/features/admin/pages/EnterprisesPage'));
const UsersPage = lazy(() => import('@/features/admin/pages/UsersPage'));
const SlaPoliciesPage = lazy(() => import('@/features/admin/pages/SlaPoliciesPage'));
const CalendarPage = lazy(() => import('@/features/admin/pages/CalendarPage'));

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
