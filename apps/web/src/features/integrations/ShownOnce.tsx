import { Alert, Button, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A secret the server shows this once (a signing secret, an API key): copy it, then it is gone. */
export function ShownOnce({ value, title, hint, done, extra, onClose, testId }: { value: string | null; title: string; hint: string; done: string; extra?: ReactNode; onClose: () => void; testId: string }) {
  return (
    <Modal open={value !== null} title={title} onCancel={onClose} mask={{ closable: false }} footer={<Button type="primary" onClick={onClose}>{done}</Button>}>
      <Alert type="warning" showIcon title={hint} style={{ marginBlockEnd: 16 }} />
      <Typography.Paragraph copyable={{ text: value ?? '' }} style={{ fontSize: 15, fontFamily: 'monospace', wordBreak: 'break-all' }} data-testid={testId}>
        {value}
      </Typography.Paragraph>
      {extra}
    </Modal>
  );
}
