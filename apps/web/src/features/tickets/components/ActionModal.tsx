import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Descriptions, Form, Input, Modal, Radio, Rate, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { itemName, useCatalogue } from '@/features/catalogue/api';
import { useI18n } from '@/lib/i18n';
import { formatTime, timeZone } from '@/lib/time';
import { useReportError } from '@/lib/use-report-error';
import { type ActionValues, actionBody, ATTACHING, isoToPicked, rectifies, type TicketAction } from '../actions';
import { AttachmentField } from './Attachments';
import { postAction, type Ticket, ticketKeys } from '../api';
import { ASSIST_REASONS, CATEGORIES, FEEDBACK_RESULTS, MAX, PRIORITIES, RETURN_REASONS } from '../domain';
import { useNames } from '../names';

interface Props {
  ticket: Ticket;
  action: TicketAction;
  open: boolean;
  onClose: () => void;
}

/**
 * One action's form in a dialog. It stays mounted while closed, so what was typed survives an
 * error, a cancel and a reopen; only a success clears it.
 */
export function ActionModal({ ticket, action, open, onClose }: Props) {
  const { t, tx, locale } = useI18n();
  const [form] = Form.useForm<ActionValues>();
  // "备注(选填)", "Note (optional)".
  const optionalLabel = (label: string) => (locale === 'zh-CN' ? `${label}${t('common.optional')}` : `${label} ${t('common.optional')}`);
  const queryClient = useQueryClient();
  const report = useReportError();
  const { message } = App.useApp();
  const names = useNames();
  const catalogue = useCatalogue(true);
  // The catalogue item ordered: the dispatch starts from its department and priority.
  const item = ticket.serviceCode ? catalogue.data?.find((i) => i.code === ticket.serviceCode) : undefined;
  const zone = timeZone();
  const stillPossible = ticket.availableActions.includes(action);
  const mutation = useMutation({
    mutationFn: (values: ActionValues) => postAction(ticket.id, action, actionBody(action, values, zone)),
    onSuccess: (updated) => {
      queryClient.setQueryData(ticketKeys.detail(ticket.id), updated);
      // The ticket, its timeline, every list and queue count (all keyed under /api/tickets).
      void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      message.success(t('tickets.action.done', { action: tx(`action.${action}`), state: tx(`state.${updated.state}`) }));
      form.resetFields();
      onClose();
    },
    onError: (error, values) =>
      report(error, {
        form,
        subject: 'ticket',
        refresh: [ticketKeys.detail(ticket.id), ticketKeys.events(ticket.id), ticketKeys.all],
        retry: () => mutation.mutate(values),
      }),
  });
  const required = (label: string) => ({ required: true, message: t('tickets.form.required', { field: label }) });
  const requiredText = (label: string) => ({ required: true, whitespace: true, message: t('tickets.form.required', { field: label }) });
  const max = (label: string, n: number) => ({ max: n, message: t('tickets.form.tooLong', { field: label, max: n }) });
  const noteItem = (label = t('tickets.field.note'), optional = true) => (
    <Form.Item name="note" label={optional ? optionalLabel(label) : label} rules={[...(optional ? [] : [requiredText(label)]), max(label, MAX.note)]}>
      <Input.TextArea rows={3} maxLength={MAX.note} showCount />
    </Form.Item>
  );
  const score = Form.useWatch('score', form);
  const departmentId = Form.useWatch('departmentId', form);
  // The leader in charge follows the department chosen, unless the dispatcher picked another.
  useEffect(() => {
    if (action !== 'dispatch' || !departmentId) return;
    const leader = names.departments.find((d) => d.id === departmentId)?.leaderUserId;
    if (!form.isFieldTouched('leaderUserId') || !form.getFieldValue('leaderUserId')) form.setFieldValue('leaderUserId', leader ?? undefined);
  }, [action, departmentId, form, names.departments]);
  useEffect(() => {
    if (action !== 'dispatch' || !item) return;
    if (!form.getFieldValue('departmentId') && item.defaultDepartmentId && names.departments.some((d) => d.id === item.defaultDepartmentId)) {
      form.setFieldValue('departmentId', item.defaultDepartmentId);
    }
    if (!form.getFieldValue('priority') && item.defaultPriority) form.setFieldValue('priority', item.defaultPriority);
  }, [action, item, form, names.departments]);
  const title = `${tx(`action.${action}`)} · ${ticket.code}`;
  const disabledPast = (d: dayjs.Dayjs) => d.isBefore(dayjs().startOf('day'));
  return (
    <Modal
      open={open}
      title={title}
      okText={tx(`action.${action}`)}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ disabled: !stillPossible }}
      forceRender
      destroyOnHidden={false}
      mask={{ closable: false }}
    >
      {!stillPossible && <Alert type="warning" showIcon title={t('tickets.action.noLonger', { state: tx(`state.${ticket.state}`) })} style={{ marginBlockEnd: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        name={`ticket-${action}`}
        onFinish={(values) => mutation.mutate(values)}
        initialValues={action === 'dispatch' ? { category: ticket.category, priority: ticket.priority ?? undefined } : action === 'decide-extension' ? { approve: true } : undefined}
      >
        {action === 'dispatch' && (
          <>
            {item && <Alert type="info" showIcon title={t('catalogue.fromItem', { name: itemName(item, locale) })} style={{ marginBlockEnd: 12 }} />}
            <Form.Item name="departmentId" label={t('tickets.field.department')} extra={item?.defaultDepartmentId ? t('catalogue.defaultsHelp') : undefined} rules={[required(t('tickets.field.department'))]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={names.departments.map((d) => ({ value: d.id, label: d.name }))} placeholder={t('tickets.form.chooseDepartment')} />
            </Form.Item>
            <Form.Item name="departmentIds" label={optionalLabel(t('tickets.field.assisting'))} extra={t('tickets.dispatch.assistingHint')}>
              <Select
                mode="multiple"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={names.departments.filter((d) => d.id !== departmentId).map((d) => ({ value: d.id, label: d.name }))}
              />
            </Form.Item>
            <Form.Item name="leaderUserId" label={optionalLabel(t('tickets.field.leader'))} extra={t('tickets.dispatch.leaderHint')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={names.leaders.map((l) => ({ value: l.id, label: l.name }))} />
            </Form.Item>
            <Form.Item name="priority" label={t('tickets.field.priority')} rules={[required(t('tickets.field.priority'))]}>
              <Radio.Group optionType="button" options={PRIORITIES.map((p) => ({ value: p, label: tx(`priority.${p}`) }))} />
            </Form.Item>
            <Form.Item name="category" label={t('tickets.field.category')} rules={[required(t('tickets.field.category'))]}>
              <Select options={CATEGORIES.map((c) => ({ value: c, label: tx(`category.${c}`) }))} />
            </Form.Item>
            <Form.Item
              name="feedbackBy"
              label={optionalLabel(t('deadline.feedback'))}
              extra={`${t(ticket.returnCount > 0 || ticket.state === 'returned' ? 'tickets.dispatch.feedbackByKept' : 'tickets.dispatch.feedbackByDefault')} ${t('time.zone', { zone })}`}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={disabledPast} style={{ width: '100%' }} />
            </Form.Item>
            {noteItem()}
          </>
        )}
        {action === 'add-assist' && (
          <>
            <Typography.Paragraph>{t('tickets.assist.addIntro')}</Typography.Paragraph>
            <Form.Item name="departmentIds" label={t('tickets.field.assisting')} rules={[required(t('tickets.field.assisting'))]}>
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: 'label' }}
                options={names.departments
                  .filter((d) => d.id !== ticket.departmentId && !ticket.assists.some((p) => p.departmentId === d.id))
                  .map((d) => ({ value: d.id, label: d.name }))}
                placeholder={t('tickets.form.chooseDepartment')}
              />
            </Form.Item>
            {noteItem()}
          </>
        )}
        {action === 'ask-assist' && (
          <>
            <Typography.Paragraph>{t('tickets.assist.askIntro')}</Typography.Paragraph>
            <Form.Item name="departmentId" label={optionalLabel(t('tickets.field.suggested'))}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={names.departments.filter((d) => d.id !== ticket.departmentId).map((d) => ({ value: d.id, label: d.name }))} />
            </Form.Item>
            <Form.Item name="reason" label={t('tickets.field.askReason')} rules={[requiredText(t('tickets.field.askReason')), max(t('tickets.field.askReason'), MAX.note)]}>
              <Input.TextArea rows={3} maxLength={MAX.note} showCount />
            </Form.Item>
          </>
        )}
        {action === 'assist-accept' && (
          <>
            <Typography.Paragraph>{t('tickets.assist.yourPart')}</Typography.Paragraph>
            {noteItem()}
          </>
        )}
        {action === 'assist-decline' && (
          <>
            <Typography.Paragraph>{t('tickets.assist.declineIntro')}</Typography.Paragraph>
            <Form.Item name="reason" label={t('tickets.field.assistReason')} rules={[required(t('tickets.field.assistReason'))]}>
              <Select options={ASSIST_REASONS.map((r) => ({ value: r, label: tx(`assistReason.${r}`) }))} placeholder={t('tickets.form.chooseReason')} />
            </Form.Item>
            {noteItem(t('tickets.field.returnNote'), false)}
          </>
        )}
        {action === 'assist-give' && (
          <>
            <Typography.Paragraph>{t('tickets.assist.giveIntro')}</Typography.Paragraph>
            <Form.Item name="content" label={t('tickets.field.assistContent')} rules={[requiredText(t('tickets.field.assistContent')), max(t('tickets.field.assistContent'), MAX.content)]}>
              <Input.TextArea rows={6} maxLength={MAX.content} showCount />
            </Form.Item>
          </>
        )}
        {(action === 'accept' || action === 'remind') && (
          <>
            {action === 'remind' && <Typography.Paragraph>{t('tickets.remind.intro')}</Typography.Paragraph>}
            {noteItem()}
          </>
        )}
        {action === 'return' && (
          <>
            <Typography.Paragraph>{t('tickets.return.intro')}</Typography.Paragraph>
            <Form.Item name="reason" label={t('tickets.field.returnReason')} rules={[required(t('tickets.field.returnReason'))]}>
              <Select options={RETURN_REASONS.map((r) => ({ value: r, label: tx(`returnReason.${r}`) }))} placeholder={t('tickets.form.chooseReason')} />
            </Form.Item>
            {noteItem(t('tickets.field.returnNote'), false)}
          </>
        )}
        {action === 'feedback' && (
          <>
            <Alert type="info" showIcon title={t('tickets.feedback.dual')} style={{ marginBlockEnd: 12 }} />
            <Form.Item name="result" label={t('tickets.field.result')} rules={[required(t('tickets.field.result'))]}>
              <Radio.Group options={FEEDBACK_RESULTS.map((r) => ({ value: r, label: tx(`feedbackResult.${r}`) }))} />
            </Form.Item>
            <Form.Item name="content" label={t('tickets.field.content')} rules={[requiredText(t('tickets.field.content')), max(t('tickets.field.content'), MAX.content)]}>
              <Input.TextArea rows={6} maxLength={MAX.content} showCount />
            </Form.Item>
          </>
        )}
        {action === 'rate' && (
          <>
            {ticket.feedback && <Typography.Paragraph>{t('tickets.rate.intro')}</Typography.Paragraph>}
            {/* A validator, not `required`: antd would put aria-required on the stars' list, which axe refuses. */}
            <Form.Item
              name="score"
              label={t('tickets.field.score')}
              rules={[
                {
                  validator: async (_, v?: number) => {
                    if (!v) throw new Error(t('tickets.form.chooseScore'));
                  },
                },
              ]}
            >
              <Rate aria-label={t('tickets.field.score')} tooltips={[1, 2, 3, 4, 5].map((n) => t(`tickets.rate.score${n}` as 'tickets.rate.score1'))} />
            </Form.Item>
            {rectifies(score) && <Alert type="warning" showIcon role="alert" title={t('tickets.rate.rectifyWarning')} style={{ marginBlockEnd: 12 }} />}
            {score !== undefined && !rectifies(score) && <Alert type="success" showIcon title={t('tickets.rate.closeNote')} style={{ marginBlockEnd: 12 }} />}
            <Form.Item name="comment" label={optionalLabel(t('tickets.field.comment'))} rules={[max(t('tickets.field.comment'), MAX.note)]}>
              <Input.TextArea rows={3} maxLength={MAX.note} showCount />
            </Form.Item>
          </>
        )}
        {action === 'withdraw' && (
          <>
            <Typography.Paragraph>{t('tickets.withdraw.intro')}</Typography.Paragraph>
            <Form.Item name="reason" label={t('tickets.field.withdrawReason')} rules={[requiredText(t('tickets.field.withdrawReason')), max(t('tickets.field.withdrawReason'), MAX.note)]}>
              <Input.TextArea rows={3} maxLength={MAX.note} showCount />
            </Form.Item>
          </>
        )}
        {action === 'request-extension' && (
          <>
            {ticket.deadlines.feedbackBy && (
              <Typography.Paragraph>{t('tickets.extension.current', { at: formatTime(ticket.deadlines.feedbackBy) })}</Typography.Paragraph>
            )}
            <Form.Item
              name="until"
              label={t('tickets.field.until')}
              extra={t('time.zone', { zone })}
              rules={[
                required(t('tickets.field.until')),
                {
                  validator: async (_, value: dayjs.Dayjs | null) => {
                    const current = ticket.deadlines.feedbackBy;
                    if (value && current && !value.isAfter(isoToPicked(String(current), zone))) throw new Error(t('tickets.extension.later'));
                  },
                },
              ]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={disabledPast} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="reason" label={t('tickets.field.extensionReason')} rules={[requiredText(t('tickets.field.extensionReason')), max(t('tickets.field.extensionReason'), MAX.note)]}>
              <Input.TextArea rows={3} maxLength={MAX.note} showCount />
            </Form.Item>
          </>
        )}
        {action === 'decide-extension' && (
          <>
            {ticket.extensionRequest && (
              <Descriptions size="small" column={1} bordered style={{ marginBlockEnd: 12 }}>
                <Descriptions.Item label={t('tickets.field.until')}>{formatTime(ticket.extensionRequest.until)}</Descriptions.Item>
                <Descriptions.Item label={t('tickets.detail.currentFeedbackBy')}>{formatTime(ticket.deadlines.feedbackBy)}</Descriptions.Item>
                <Descriptions.Item label={t('tickets.field.extensionReason')}>{ticket.extensionRequest.reason}</Descriptions.Item>
              </Descriptions>
            )}
            <Form.Item name="approve" label={t('tickets.detail.decision')} rules={[required(t('tickets.detail.decision'))]}>
              <Radio.Group
                options={[
                  { value: true, label: t('tickets.decision.approve') },
                  { value: false, label: t('tickets.decision.reject') },
                ]}
              />
            </Form.Item>
            {noteItem()}
          </>
        )}
        {action === 'request-info' && (
          <>
            <Typography.Paragraph>{t('tickets.info.requestIntro')}</Typography.Paragraph>
            <Form.Item name="question" label={t('tickets.field.question')} rules={[requiredText(t('tickets.field.question')), max(t('tickets.field.question'), MAX.note)]}>
              <Input.TextArea rows={4} maxLength={MAX.note} showCount />
            </Form.Item>
          </>
        )}
        {action === 'provide-info' && (
          <>
            {ticket.infoRequest && (
              <Alert type="info" showIcon title={t('tickets.info.question')} description={ticket.infoRequest.question} style={{ marginBlockEnd: 12 }} />
            )}
            <Form.Item name="answer" label={t('tickets.field.answer')} rules={[requiredText(t('tickets.field.answer')), max(t('tickets.field.answer'), MAX.answer)]}>
              <Input.TextArea rows={5} maxLength={MAX.answer} showCount />
            </Form.Item>
          </>
        )}
        {ATTACHING.has(action) && (
          <Form.Item name="attachmentIds" label={optionalLabel(t('attachments.heading'))} extra={t('attachments.actionHint')}>
            <AttachmentField to={{ kind: 'ticket', id: ticket.id }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
