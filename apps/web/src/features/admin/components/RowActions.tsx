import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '@/api/errors';
import { useI18n } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';

/** 启用 / 已停用, in colours with 4.5:1 contrast. */
export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useI18n();
  return active ? (
    <Tag style={{ color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f', marginInlineEnd: 0 }}>{t('admin.status.active')}</Tag>
  ) : (
    <Tag style={{ color: '#434343', background: '#f5f5f5', borderColor: '#d9d9d9', marginInlineEnd: 0 }}>{t('admin.status.retired')}</Tag>
  );
}

interface RowActionsProps {
  /** How the row is named in the buttons' accessible names and the confirmations. */
  name: string;
  active: boolean;
  onEdit: () => void;
  /** Sends `{active}`; the lists in `invalidate` refresh after it. */
  setActive: (active: boolean) => Promise<unknown>;
  invalidate: QueryKey[];
  /** What retiring this kind of object means, said in the confirmation. */
  retireHint: string;
  /** Further buttons (a user's password reset, unlock). */
  children?: ReactNode;
}

/**
 * A row's buttons: edit, the kind's own (`children`), and, last, retire (停用) or bring back
 * (启用) after a confirmation that says what it means. Nothing is deleted: what orders and
 * assessments refer to stays.
 */
export function RowActions({ name, active, onEdit, setActive, invalidate, retireHint, children }: RowActionsProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const report = useReportError();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: () => setActive(!active),
    onSuccess: async () => {
      message.success(t(active ? 'admin.retired' : 'admin.reactivated', { name }));
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: (error) => {
      // The one refusal a clerk can meet here: the last active administrator.
      if (error instanceof ApiError && error.kind === 'conflict') message.warning(t('admin.users.lastAdmin'));
      else report(error);
    },
  });
  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={onEdit} aria-label={t('admin.editOne', { name })}>
        {t('common.edit')}
      </Button>
      {children}
      <Popconfirm
        title={t(active ? 'admin.retireTitle' : 'admin.reactivateTitle', { name })}
        description={active ? retireHint : undefined}
        okText={t(active ? 'admin.retire' : 'admin.reactivate')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: active, loading: toggle.isPending }}
        onConfirm={() => toggle.mutateAsync().catch(() => undefined)}
      >
        <Button type="link" size="small" danger={active} aria-label={t(active ? 'admin.retireOne' : 'admin.reactivateOne', { name })}>
          {t(active ? 'admin.retire' : 'admin.reactivate')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
