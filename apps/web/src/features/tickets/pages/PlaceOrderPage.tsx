import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Select, Space, Typography, Upload, type UploadFile } from 'antd';
import { useNavigate } from 'react-router';
import { api, call } from '@/api/client';
import type { components } from '@/api/schema';
import { useSessionUser } from '@/features/auth/use-session';
import { itemName, useCatalogue } from '@/features/catalogue/api';
import { useI18n } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { useMeta } from '@/lib/meta';
import { ticketKeys } from '../api';
import { formatBytes, uploadAttachment, uploadRefusal } from '../attachments';
import { ACCEPT } from '../components/Attachments';
import { CATEGORIES, MAX } from '../domain';
import { useNames } from '../names';

type CreateTicket = components['schemas']['CreateTicketDto'];
/** The form: the order, and the files to attach once it exists. */
type OrderValues = CreateTicket & { files?: UploadFile[] };

/** The choice "not in the catalogue": the order then names a category itself. */
const OTHER = '__other';

/** 企业点单: an enterprise (or a commissioner for one of its chain's enterprises) lists a problem. */
export default function PlaceOrderPage() {
  const { t, tx, locale } = useI18n();
  const user = useSessionUser()!;
  const [form] = Form.useForm<OrderValues>();
  const meta = useMeta();
  const limits = meta?.attachments;
  const catalogue = useCatalogue();
  const items = catalogue.data ?? [];
  const serviceCode = Form.useWatch('serviceCode', form);
  const chosen = items.find((i) => i.code === serviceCode);
  // Without a catalogue (or for "other"), the order names its category as before. Until the
  // catalogue is read, its field waits (disabled): the form does not change shape under the user.
  const hasCatalogue = catalogue.isPending || items.length > 0;
  const byCategory = !hasCatalogue || serviceCode === OTHER;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const report = useReportError();
  const { message } = App.useApp();
  const names = useNames();
  const commissioner = user.role === 'commissioner';
  const enterprises = commissioner ? names.enterprisesOfChain(user.chainId) : [];
  // The order first; then its files, one by one. A file refused does not undo the order: the
  // clerk is told which and why, and can attach it again on the order's page.
  const place = useMutation({
    mutationFn: async ({ body, files }: { body: CreateTicket; files: File[] }) => {
      const ticket = await call(api.POST('/api/tickets', { body }));
      const refused: string[] = [];
      for (const file of files) {
        try {
          await uploadAttachment(ticket.id, file);
        } catch (error) {
          const refusal = uploadRefusal(error, limits);
          refused.push(`${file.name}:${tx(refusal.key, refusal.vars)}`);
        }
      }
      return { ticket, refused };
    },
    onSuccess: ({ ticket, refused }) => {
      void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      message.success(t('tickets.place.done', { code: ticket.code }));
      if (refused.length > 0) message.warning(t('attachments.refusedAfterPlace', { files: refused.join(';') }), 10);
      navigate(`/orders/${ticket.id}`);
    },
    onError: (error, input) => report(error, { form, retry: () => place.mutate(input) }),
  });
  const submit = (values: OrderValues) => {
    const fromItem = values.serviceCode && values.serviceCode !== OTHER;
    const body: CreateTicket = { title: values.title.trim(), description: values.description.trim(), ...(fromItem ? { serviceCode: values.serviceCode } : { category: values.category }) };
    if (commissioner && values.enterpriseId) body.enterpriseId = values.enterpriseId;
    place.mutate({ body, files: (values.files ?? []).map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => f !== undefined) });
  };
  const required = (label: string) => ({ required: true, whitespace: true, message: t('tickets.form.required', { field: label }) });
  const tooLong = (label: string, max: number) => ({ max, message: t('tickets.form.tooLong', { field: label, max }) });
  return (
    <Card style={{ maxWidth: 760 }}>
      <Typography.Title level={1} style={{ fontSize: 20, marginBlockStart: 0 }}>
        {t('tickets.place.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('tickets.place.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} disabled={place.isPending} scrollToFirstError>
        {commissioner && (
          <Form.Item name="enterpriseId" label={t('tickets.field.enterprise')} rules={[{ required: true, message: t('tickets.form.chooseEnterprise') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('tickets.form.chooseEnterprise')}
              options={enterprises.map((e) => ({ value: e.id, label: e.name }))}
              notFoundContent={t('tickets.form.noEnterprises')}
            />
          </Form.Item>
        )}
        {hasCatalogue && (
          <Form.Item
            name="serviceCode"
            label={t('catalogue.field')}
            extra={chosen?.description ?? (serviceCode === OTHER ? t('catalogue.otherHint') : undefined)}
            rules={[{ required: true, message: t('catalogue.choose') }]}
          >
            <Select
              loading={catalogue.isPending}
              disabled={catalogue.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('catalogue.choose')}
              options={[
                ...CATEGORIES.filter((c) => items.some((i) => i.category === c)).map((c) => ({
                  label: tx(`category.${c}`),
                  title: tx(`category.${c}`),
                  options: items.filter((i) => i.category === c).map((i) => ({ value: i.code, label: itemName(i, locale) })),
                })),
                { value: OTHER, label: t('catalogue.other') },
              ]}
            />
          </Form.Item>
        )}
        {byCategory && (
          <Form.Item name="category" label={t('tickets.field.category')} rules={[{ required: true, message: t('tickets.form.chooseCategory') }]}>
            <Select placeholder={t('tickets.form.chooseCategory')} options={CATEGORIES.map((c) => ({ value: c, label: tx(`category.${c}`) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('tickets.field.title')}
          rules={[required(t('tickets.field.title')), tooLong(t('tickets.field.title'), MAX.title)]}
        >
          <Input maxLength={MAX.title} showCount placeholder={t('tickets.place.titlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('tickets.field.description')}
          rules={[required(t('tickets.field.description')), tooLong(t('tickets.field.description'), MAX.description)]}
        >
          <Input.TextArea rows={6} maxLength={MAX.description} showCount placeholder={t('tickets.place.descriptionPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="files"
          label={`${t('attachments.heading')}${locale === 'zh-CN' ? '' : ' '}${t('common.optional')}`}
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList}
          extra={limits ? t('attachments.placeHint', { max: formatBytes(limits.maxBytes) }) : undefined}
          rules={[
            {
              validator: (_, files: UploadFile[] | undefined) =>
                limits && files?.some((f) => (f.size ?? 0) > limits.maxBytes)
                  ? Promise.reject(new Error(t('attachments.error.tooLargeNamed', { names: files.filter((f) => (f.size ?? 0) > limits.maxBytes).map((f) => f.name).join('、'), max: formatBytes(limits.maxBytes) })))
                  : Promise.resolve(),
            },
          ]}
        >
          <Upload multiple accept={ACCEPT} beforeUpload={() => false}>
            <Button icon={<UploadOutlined aria-hidden />}>{t('attachments.choose')}</Button>
          </Upload>
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={place.isPending}>
            {t('tickets.place.submit')}
          </Button>
          <Button htmlType="button" onClick={() => navigate(-1)} disabled={false}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
