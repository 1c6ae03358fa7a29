import { BellOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { session } from '@/features/auth/session';
import { useSessionUser } from '@/features/auth/use-session';
import { useUnreadCount } from '@/features/notifications';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { PageLoading } from '@/components/PageLoading';
import { useI18n } from '@/lib/i18n';
import { MENUS, selectedPath } from './menus';
import { usePhone } from '@/lib/use-phone';

/** The frame of every workspace: the role's menu, the inbox bell, the language, the user. */
export default function AppLayout() {
  const { t, tx } = useI18n();
  const user = useSessionUser()!;
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const phone = usePhone();
  const [collapsed, setCollapsed] = useState(phone);
  const unread = useUnreadCount(!user.mustChangePassword);
  const items = MENUS[user.role].map((item) =>
    'children' in item
      ? { key: item.label, label: t(item.label), type: 'group' as const, children: item.children.map((c) => ({ key: c.path, label: <Link to={c.path}>{t(c.label)}</Link> })) }
      : { key: item.path, label: <Link to={item.path}>{t(item.label)}</Link> },
  );
  const selected = selectedPath(user.role, location.pathname);
  const logout = () => {
    session.end();
    queryClient.clear();
    navigate('/login', { replace: true });
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Sider
        breakpoint="md"
        collapsedWidth={0}
        collapsed={collapsed}
        onCollapse={setCollapsed}
        trigger={null}
        width={220}
        theme="light"
        style={{ borderInlineEnd: '1px solid #f0f0f0' }}
      >
        <nav aria-label={t('app.menu')}>
          <div className="brand">{t('app.name')}</div>
          <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} onClick={() => phone && setCollapsed(true)} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <div className="app-header-start">
            <Button type="text" aria-label={t('app.menu')} aria-expanded={!collapsed} onClick={() => setCollapsed(!collapsed)}>
              ☰
            </Button>
            {phone && <span className="brand-inline">{t('app.name')}</span>}
          </div>
          <Space size={phone ? 0 : 8} className="app-header-end">
            <Link to="/notifications" aria-label={t('header.unread', { count: unread })} className="bell">
              <Badge count={unread} size="small" overflowCount={99}>
                <BellOutlined style={{ fontSize: 18 }} />
              </Badge>
            </Link>
            <LanguageSwitch />
            <Dropdown
              menu={{
                items: [
                  { key: 'who', label: `${t('header.account')}: ${user.displayName ?? user.username} (${tx(`role.${user.role}`)})`, disabled: true },
                  { key: 'password', icon: <KeyOutlined />, label: <Link to="/account/password">{t('header.changePassword')}</Link> },
                  { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout'), onClick: logout },
                ],
              }}
            >
              <Button type="text" icon={<UserOutlined />} aria-label={`${t('header.account')} ${user.displayName ?? user.username}`}>
                {!phone && (
                  <Typography.Text ellipsis style={{ maxWidth: 160 }}>
                    {user.displayName ?? user.username}
                  </Typography.Text>
                )}
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="app-content">
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
