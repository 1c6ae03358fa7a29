import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { api, call } from '@/api/client';
import { homePath } from '@/app/menus';
import { useI18n } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { session } from './session';
import { useSessionUser } from './use-session';

interface Passwords {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** The shortest password the API takes (PASSWORD_MIN_LENGTH's default); it also refuses the most common ones. */
const MIN = 8;

/**
 * 修改密码: one's own, the current one first. The API ends every session on a change, this one
 * too, so the console logs straight in again with the new password. A user with a one-time
 * password (an administrator's reset) is sent here before anything else.
 */
export default function ChangePasswordPage() {
  const { t } = useI18n();
  const user = useSessionUser()!;
  const [form] = Form.useForm<Passwords>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const report = useReportError();
  const forced = user.mustChangePassword;
  const change = useMutation({
    mutationFn: async ({ currentPassword, newPassword }: Passwords) => {
      await call(api.POST('/api/auth/password', { body: { currentPassword, newPassword } }));
      return call(api.POST('/api/auth/login', { body: { username: user.username, password: newPassword } }));
    },
    onSuccess: (answer) => {
      session.start(answer.accessToken, answer.user);
      message.success(t('account.password.changed'));
      navigate(forced ? (session.takeReturnPath() ?? homePath(answer.user.role)) : homePath(answer.user.role), { replace: true });
    },
    onError: (error, values) => report(error, { form, retry: () => change.mutate(values) }),
  });
  return (
    <Card style={{ maxWidth: 560 }}>
      <Typography.Title level={1} style={{ fontSize: 20, marginBlockStart: 0 }}>
        {t('account.password.title')}
      </Typography.Title>
      {forced && <Alert type="warning" showIcon role="alert" title={t('account.password.forced')} style={{ marginBlockEnd: 16 }} />}
      <Form<Passwords> form={form} layout="vertical" onFinish={(values) => change.mutate(values)} requiredMark scrollToFirstError>
        <Form.Item name="currentPassword" label={t(forced ? 'account.password.oneTime' : 'account.password.current')} rules={[{ required: true, message: t('account.password.required.current') }]}>
          <Input.Password autoComplete="current-password" maxLength={128} autoFocus />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('account.password.new')}
          extra={t('account.password.newHelp', { min: MIN })}
          rules={[
            { required: true, message: t('account.password.required.new') },
            { min: MIN, message: t('account.password.tooShort', { min: MIN }) },
            { max: 128, message: t('account.password.tooLong') },
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('account.password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('account.password.required.confirm') },
            ({ getFieldValue }) => ({
              validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('account.password.mismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('account.password.submit')}
        </Button>
      </Form>
    </Card>
  );
}
