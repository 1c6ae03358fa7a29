import { DownloadOutlined, FileImageOutlined, FileOutlined, FilePdfOutlined, FileTextOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, List, Tag, Typography, Upload, type UploadFile, type UploadProps } from 'antd';
import { useRef, useState } from 'react';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { useMeta } from '@/lib/meta';
import { formatTime } from '@/lib/time';
import {
  type Attachment,
  attachmentKeys,
  type AttachmentRef,
  type AttachTarget,
  downloadAttachment,
  formatBytes,
  type RectificationAttachment,
  shortHash,
  uploadRefusal,
  uploadTo,
  useAttachments,
} from '../attachments';
import { useNames } from '../names';

/** What the file picker offers (a convenience: the server reads the type from the bytes). */
export const ACCEPT = 'image/*,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.wps,.et,.dps,.txt';

function FileIcon({ type }: { type: string }) {
  if (type.startsWith('image/')) return <FileImageOutlined aria-hidden />;
  if (type === 'application/pdf') return <FilePdfOutlined aria-hidden />;
  if (type.startsWith('text/')) return <FileTextOutlined aria-hidden />;
  return <FileOutlined aria-hidden />;
}

/** A file's name as a download link. */
export function FileLink({ file }: { file: Pick<AttachmentRef, 'id' | 'name'> }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start', overflowWrap: 'anywhere' }}
      icon={<DownloadOutlined aria-hidden />}
      aria-label={t('attachments.download', { name: file.name })}
      onClick={() => downloadAttachment(file).catch(() => message.error(t('attachments.error.download', { name: file.name })))}
    >
      {file.name}
    </Button>
  );
}

/** The files an event or a feedback carried: names to download, with the hash the timeline keeps. */
export function FileLinks({ files }: { files: AttachmentRef[] }) {
  return (
    <Flex vertical gap={2}>
      {files.map((file) => (
        <span key={file.id}>
          <FileLink file={file} /> <Typography.Text type="secondary">({formatBytes(file.size)} · SHA-256 {shortHash(file.sha256)})</Typography.Text>
        </span>
      ))}
    </Flex>
  );
}

type Uploaded = Attachment | RectificationAttachment;

/**
 * Picks files and uploads each at once to the order (or rectification order), with its progress;
 * a refused one stays in the list with the reason in words. `keepDone`: the uploaded ones stay
 * listed (a form's field), else they leave the list (the order's list shows them).
 */
export function AttachmentUploader({ to, keepDone, onDone, onRemove, label }: {
  to: AttachTarget;
  /** The uploaded files to keep listed (a form field's value); without it they leave the list. */
  keepDone?: string[];
  onDone?: (attachment: Uploaded) => void;
  onRemove?: (attachment: Uploaded) => void;
  label?: string;
}) {
  const { t, tx } = useI18n();
  const meta = useMeta();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<UploadFile<Uploaded>[]>([]);
  const limits = meta?.attachments;
  const request: UploadProps<Uploaded>['customRequest'] = ({ file, onProgress, onSuccess, onError }) => {
    const picked = file as File;
    if (limits && picked.size > limits.maxBytes) {
      onError?.(new Error('too large'), tx('attachments.error.tooLarge', { max: formatBytes(limits.maxBytes) }) as never);
      return;
    }
    const controller = new AbortController();
    uploadTo(to, picked, (percent) => onProgress?.({ percent }), controller.signal).then(
      (attachment) => {
        onSuccess?.(attachment);
        onDone?.(attachment);
        void queryClient.invalidateQueries({ queryKey: attachmentKeys.of(to) });
        if (to.kind === 'ticket') void queryClient.invalidateQueries({ queryKey: ['/api/tickets', to.id, 'events'] });
      },
      (error: unknown) => {
        const refusal = uploadRefusal(error, limits, to.kind);
        onError?.(error as Error, tx(refusal.key, refusal.vars) as never);
      },
    );
    return { abort: () => controller.abort() };
  };
  return (
    <Upload<Uploaded>
      multiple
      accept={ACCEPT}
      fileList={files.filter((f) => f.status !== 'done' || (f.response && keepDone?.includes(f.response.id)))}
      customRequest={request}
      onChange={({ fileList }) => setFiles(fileList.filter((f) => keepDone || f.status !== 'done'))}
      onDownload={(file) => file.response && void downloadAttachment(file.response)}
      onRemove={(file) => {
        if (file.status === 'done' && file.response) onRemove?.(file.response);
      }}
      itemRender={(node, file) =>
        file.status === 'error' ? (
          <div>
            {node}
            <Typography.Text type="danger" role="alert">
              {typeof file.response === 'string' ? file.response : t('attachments.error.failed')}
            </Typography.Text>
          </div>
        ) : (
          node
        )
      }
    >
      <Button icon={<UploadOutlined aria-hidden />}>{label ?? t('attachments.upload')}</Button>
    </Upload>
  );
}

/** A form field: files uploaded to the order (or rectification order) now, sent with the action as `attachmentIds`. */
export function AttachmentField({ to, value, onChange }: { to: AttachTarget; value?: string[]; onChange?: (ids: string[]) => void }) {
  const ids = value ?? [];
  // Uploads finish one after another: each adds to the value as it stands then, not as it stood at the start.
  const latest = useRef(ids);
  latest.current = ids;
  const set = (next: string[]) => {
    latest.current = next;
    onChange?.(next);
  };
  return (
    <AttachmentUploader
      to={to}
      keepDone={ids}
      onDone={(attachment) => set([...latest.current, attachment.id])}
      onRemove={(attachment) => set(latest.current.filter((id) => id !== attachment.id))}
    />
  );
}

/** 附件: the order's files, who attached each and when, what carried it, its hash; and the upload. */
export function AttachmentsSection({ ticketId, canAttach }: { ticketId: string; canAttach: boolean }) {
  const { t, tx } = useI18n();
  const names = useNames();
  const meta = useMeta();
  const list = useAttachments(ticketId);
  const limits = meta?.attachments;
  return (
    <Flex vertical gap={8}>
      {canAttach && (
        <>
          <AttachmentUploader to={{ kind: 'ticket', id: ticketId }} />
          {limits && <Typography.Text type="secondary">{t('attachments.hint', { max: formatBytes(limits.maxBytes), count: limits.maxPerTicket })}</Typography.Text>}
        </>
      )}
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} subject="ticket" />
      ) : (
        <List<Attachment>
          loading={list.isPending}
          dataSource={list.data ?? []}
          locale={{ emptyText: t('attachments.none') }}
          renderItem={(file) => (
            <List.Item key={file.id}>
              <Flex gap={8} align="start" style={{ width: '100%', minWidth: 0 }}>
                <span style={{ paddingBlockStart: 2 }}>
                  <FileIcon type={file.contentType} />
                </span>
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <span>
                    <FileLink file={file} /> {file.usedAction && <Tag>{t('attachments.sentWith', { action: tx(`action.${file.usedAction}`) })}</Tag>}
                  </span>
                  <Typography.Text type="secondary">
                    {formatBytes(file.size)} · {[tx(`role.${file.uploadedRole}`), names.user(file.uploadedBy)].filter(Boolean).join(' · ')} · {formatTime(file.uploadedAt)}
                  </Typography.Text>
                  <Typography.Text type="secondary" copyable={{ text: file.sha256, tooltips: [t('attachments.copyHash'), t('attachments.copied')] }} style={{ overflowWrap: 'anywhere' }}>
                    SHA-256 {shortHash(file.sha256)}
                  </Typography.Text>
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
