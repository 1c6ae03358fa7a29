import { App, Button, Card, DatePicker, Flex, Form, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { download } from '@/api/client';
import { useI18n } from '@/lib/i18n';
import { formatDate } from '@/lib/time';
import { useReportError } from '@/lib/use-report-error';
import { useChainChoice } from '../hooks';
import { type LedgerFormat, type LedgerKind, LEDGERS, ledgerFileName, ledgerPath } from '../ledgers';
import { usePhone } from '@/lib/use-phone';

interface Filters {
  period?: [Dayjs, Dayjs] | null;
  chainId?: string;
}

/**
 * 两本台账: the demand ledger and the problem ledger as CSV or XLSX, for a period of placing.
 * The file is fetched with the token in a header (never in the address) and saved under the
 * server's name.
 */
export default function LedgersPage() {
  const { t } = useI18n();
  const phone = usePhone();
  const { message } = App.useApp();
  const report = useReportError();
  const [form] = Form.useForm<Filters>();
  const chains = useChainChoice();
  const [busy, setBusy] = useState<string | null>(null);

  const fetchLedger = async (ledger: LedgerKind, format: LedgerFormat) => {
    let values: Filters;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    const days = values.period ? ([values.period[0].format('YYYY-MM-DD'), values.period[1].format('YYYY-MM-DD')] as [string, string]) : null;
    const path = ledgerPath({ ledger, format, days, chainId: chains.choose ? (values.chainId ?? null) : null });
    setBusy(`${ledger}.${format}`);
    try {
      await download(path, ledgerFileName(ledger, format, formatDate(new Date())));
      message.success(t('queues.ledgers.done'));
    } catch (error) {
      report(error, { form, retry: () => void fetchLedger(ledger, format) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
      <Typography.Title level={1} style={{ fontSize: 20, marginBlockStart: 0 }}>
        {t('queues.ledgers.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('queues.ledgers.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" style={{ maxWidth: 640 }}>
        <Flex gap={16} wrap>
          <Form.Item name="period" label={t('queues.ledgers.period')} extra={t('queues.ledgers.periodHelp')} style={{ minWidth: 260 }}>
            <DatePicker.RangePicker allowEmpty={[false, false]} disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
          {chains.choose && (
            <Form.Item
              name="chainId"
              label={t('queues.ledgers.chain')}
              rules={[{ required: true, message: t('queues.ledgers.chainRequired') }]}
              style={{ minWidth: 220 }}
            >
              <Select loading={chains.loading} options={chains.chains.map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
          )}
        </Flex>
      </Form>
      <Flex gap={16} wrap>
        {LEDGERS.map((ledger) => (
          <section key={ledger} aria-labelledby={`ledger-${ledger}`} style={{ flex: '1 1 280px', maxWidth: 480 }}>
            <Card size="small" style={{ height: '100%' }}>
              <Typography.Title level={2} id={`ledger-${ledger}`} style={{ fontSize: 16, marginBlockStart: 0 }}>
                {t(`queues.ledgers.${ledger}`)}
              </Typography.Title>
              <Typography.Paragraph>{t(`queues.ledgers.${ledger}.description`)}</Typography.Paragraph>
              <Flex gap={8} wrap>
                {(['csv', 'xlsx'] as const).map((format) => (
                  <Button
                    key={format}
                    type={format === 'xlsx' ? 'primary' : 'default'}
                    loading={busy === `${ledger}.${format}`}
                    disabled={busy !== null && busy !== `${ledger}.${format}`}
                    onClick={() => void fetchLedger(ledger, format)}
                  >
                    {t(`queues.ledgers.${format}`)}
                  </Button>
                ))}
              </Flex>
            </Card>
          </section>
        ))}
      </Flex>
    </Card>
  );
}
