import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Divider, Form, Input, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api, call } from '@/api/client';
import { ApiError } from '@/api/errors';
import { homePath } from '@/app/menus';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { useI18n } from '@/lib/i18n';
import { useMeta } from '@/lib/meta';
import { formatTime } from '@/lib/time';
import { useReportError } from '@/lib/use-report-error';
import { session } from './session';
import { useSessionUser } from './use-session';

interface Credentials {
  username: string;
  password: string;
}

const SSO_REASONS = ['failed', 'no_account', 'not_configured'] as const;

export default function LoginPage() {
  const location = useLocation();
  return location.pathname === '/login/sso' ? <SingleSignOnLanding /> : <PasswordLogin />;
}

function PasswordLogin() {
  const { t } = useI18n();
  const meta = useMeta();
  const [form] = Form.useForm<Credentials>();
  const navigate = useNavigate();
  const location = useLocation();
  const user = useSessionUser();
  const report = useReportError();
  const [expired] = useState(session.wasExpired);
  const ssoReason = SSO_REASONS.find((reason) => reason === new URLSearchParams(location.search).get('sso'));
  // Where the single sign-on brings the user back (a 401's interrupted page is kept in sessionStorage, which survives the trip).
  const returnTo = (location.state as { from?: string } | null)?.from ?? '/';
  const [wrong, setWrong] = useState(false);
  /** Until when failed logins locked the username (the API's 429 `too_many_attempts`). */
  const [lockedUntil, setLockedUntil] = useState<string | null>(null);
  const login = useMutation({
    mutationFn: (body: Credentials) => call(api.POST('/api/auth/login', { body })),
    onSuccess: (answer) => {
      session.start(answer.accessToken, answer.user);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(session.takeReturnPath() ?? from ?? homePath(answer.user.role), { replace: true });
    },
    onError: (error, body) => {
      if (error instanceof ApiError && error.kind === 'unauthorized') setWrong(true);
      else if (error instanceof ApiError && typeof error.body?.lockedUntil === 'string') setLockedUntil(error.body.lockedUntil);
      else report(error, { form, retry: () => login.mutate(body) });
    },
  });
  // Already logged in when the page opened: home. (Not after this page's own login, whose
  // onSuccess sends the user back to where a 401 interrupted them.)
  if (user && login.isIdle) return <Navigate to={homePath(user.role)} replace />;
  return (
    <main className="login-page">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <Card className="login-card">
        <Typography.Title level={1} style={{ fontSize: 24, textAlign: 'center' }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('app.slogan')}
        </Typography.Paragraph>
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {t('auth.title')}
        </Typography.Title>
        {expired && !wrong && <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />}
        {ssoReason && !wrong && <Alert type={ssoReason === 'not_configured' ? 'warning' : 'error'} showIcon role="alert" title={t(`auth.sso.${ssoReason}`)} style={{ marginBottom: 16 }} />}
        {wrong && <Alert type="error" showIcon role="alert" title={t('auth.failed')} style={{ marginBottom: 16 }} />}
        {lockedUntil && <Alert type="error" showIcon role="alert" title={t('auth.locked', { time: formatTime(lockedUntil) })} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => login.mutate(values)} onValuesChange={() => { setWrong(false); setLockedUntil(null); }}>
          <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, message: t('auth.required.username') }, { max: 64 }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.required.password') }, { max: 128 }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('auth.submit')}
          </Button>
        </Form>
        {meta?.singleSignOn && (
          <>
            <Divider plain>{t('auth.ssoOr')}</Divider>
            <Button block href={`/api/auth/oidc/login?${new URLSearchParams({ returnTo }).toString()}`}>
              {t('auth.sso')}
            </Button>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
              {t('auth.ssoHint')}
            </Typography.Paragraph>
          </>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
          {t('auth.demoHint')}
        </Typography.Paragraph>
      </Card>
    </main>
  );
}

/**
 * Where the identity provider's login ends (/login/sso): the session the callback made is taken
 * once (POST /api/auth/oidc/session, from an HttpOnly cookie: a token never rides in a URL).
 */
let taking: Promise<{ accessToken: string; user: Parameters<typeof session.start>[1] }> | null = null;

function SingleSignOnLanding() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    let cancelled = false;
    const returnTo = new URLSearchParams(location.search).get('returnTo') ?? '/';
    // One request however often the effect runs (React's StrictMode runs it twice): the session is taken once.
    taking ??= call(api.POST('/api/auth/oidc/session'));
    taking
      .then((answer) => {
        if (cancelled) return;
        session.start(answer.accessToken, answer.user);
        const asked = returnTo.startsWith('/') && !returnTo.startsWith('//') && returnTo !== '/' ? returnTo : null;
        navigate(session.takeReturnPath() ?? asked ?? homePath(answer.user.role), { replace: true });
      })
      .catch(() => {
        if (!cancelled) navigate('/login?sso=failed', { replace: true });
      })
      .finally(() => {
        if (!cancelled) taking = null;
      });
    return () => {
      cancelled = true;
    };
  }, [location.search, navigate]);
  return (
    <main className="login-page">
      <Card className="login-card">
        <Spin />
        <Typography.Paragraph style={{ marginTop: 16 }} role="status">
          {t('auth.ssoSigningIn')}
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
