import { DeleteOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Calendar, Col, DatePicker, Flex, Form, Input, Radio, Row, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { api, call } from '@/api/client';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { adminKeys, useCalendarYear } from '../api';
import { AdminPage } from '../components/AdminPage';
import {
  type CalendarDay,
  type DayKind,
  type DayMark,
  dayMarks,
  overridesOf,
  removeOverride,
  sameOverrides,
  type SpecialDay,
  upsertOverride,
  workingDaysIn,
} from '../lib/calendar';
import { DAY_NAME_MAX } from '../lib/rules';

/** Colours of the day kinds, each with at least 4.5:1 contrast on its background. */
const KIND_STYLE: Record<DayKind, { color: string; background: string; border: string }> = {
  holiday: { color: '#a8071a', background: '#fff1f0', border: '#ffa39e' },
  workday: { color: '#003eb3', background: '#e6f4ff', border: '#91caff' },
};

function KindTag({ kind, source }: { kind: DayKind; source?: 'official' | 'override' }) {
  const { t } = useI18n();
  const style = KIND_STYLE[kind];
  return (
    <Tag style={{ color: style.color, background: style.background, borderColor: style.border, borderStyle: source === 'override' ? 'dashed' : 'solid' }}>
      {t(`admin.calendar.kind.${kind}`)}
    </Tag>
  );
}

function weekday(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

interface AddForm {
  date: Dayjs;
  kind: DayKind;
  name?: string;
}

/** The working calendar of a year: official holidays and 调休, the local changes over them, edited and saved (PUT replaces them). */
export default function CalendarPage() {
  const { t, locale } = useI18n();
  const [year, setYear] = useState(() => dayjs().year());
  const [month, setMonth] = useState<Dayjs>(() => dayjs().startOf('day'));
  const calendar = useCalendarYear(year);
  const [drafts, setDrafts] = useState<Record<number, CalendarDay[]>>({});
  const [addForm] = Form.useForm<AddForm>();
  const { message } = App.useApp();
  const report = useReportError();
  const queryClient = useQueryClient();

  const server = useMemo(() => (calendar.data ? overridesOf(calendar.data.days) : []), [calendar.data]);
  const draft = drafts[year] ?? server;
  const dirty = calendar.data !== undefined && !sameOverrides(draft, server);
  const marks = useMemo(() => dayMarks(calendar.data?.days ?? [], draft), [calendar.data, draft]);
  const setDraft = (days: CalendarDay[]) => setDrafts((all) => ({ ...all, [year]: days }));

  const save = useMutation({
    mutationFn: () => call(api.PUT('/api/calendar/{year}', { params: { path: { year } }, body: { days: draft } })),
    onSuccess: (view) => {
      queryClient.setQueryData(adminKeys.calendar(year), view);
      setDrafts(({ [year]: _saved, ...rest }) => rest);
      message.success(t('admin.calendar.saved', { year }));
      return queryClient.invalidateQueries({ queryKey: adminKeys.calendarAll });
    },
    onError: (error) => report(error, { retry: () => save.mutate() }),
  });

  const chooseYear = (next: number, nextMonth = next === dayjs().year() ? dayjs().month() : 0) => {
    if (next < 2000 || next > 2100) return;
    setYear(next);
    setMonth(dayjs(`${next}-01-01`).month(nextMonth));
    if (next === dayjs().year() && nextMonth === dayjs().month()) setMonth(dayjs().startOf('day'));
    addForm.resetFields(['date']);
  };

  const add = (values: AddForm) => {
    setDraft(upsertOverride(draft, { date: values.date.format('YYYY-MM-DD'), kind: values.kind, name: values.name }));
    addForm.resetFields(['date', 'name']);
  };

  const yearStart = dayjs(`${year}-01-01`);
  const yearEnd = dayjs(`${year}-12-31`);

  return (
    <AdminPage
      title={t('admin.calendar.title')}
      extra={
        <Form layout="inline">
          <Form.Item label={t('admin.calendar.year')} htmlFor="admin-calendar-year" style={{ marginInlineEnd: 0 }}>
            <DatePicker
              id="admin-calendar-year"
              picker="year"
              allowClear={false}
              value={yearStart}
              disabledDate={(d) => d.year() < 2000 || d.year() > 2100}
              onChange={(d) => d && chooseYear(d.year())}
            />
          </Form.Item>
        </Form>
      }
    >
      {calendar.isError ? (
        <ErrorState error={calendar.error} onRetry={() => calendar.refetch()} />
      ) : (
        <>
          {calendar.data && (
            <Alert
              style={{ marginBottom: 16 }}
              showIcon
              type={calendar.data.official ? 'info' : 'warning'}
              title={calendar.data.official ? t('admin.calendar.official', { year }) : t('admin.calendar.notOfficial', { year })}
              description={t(dirty ? 'admin.calendar.workingDaysCountDraft' : 'admin.calendar.workingDaysCount', { year, n: workingDaysIn(year, marks) })}
            />
          )}
          <Row gutter={[24, 24]}>
            <Col xs={24} lg={13}>
              <div style={{ border: '1px solid #f0f0f0', borderRadius: 6 }}>
                <Calendar
                  fullscreen={false}
                  value={month}
                  onPanelChange={(d) => {
                    // The calendar's own year select picks the page's year too.
                    if (d.year() !== year) chooseYear(d.year(), d.month());
                    else setMonth(d);
                  }}
                  onSelect={(d, { source }) => {
                    if (d.year() !== year) return;
                    setMonth(d);
                    if (source === 'date') addForm.setFieldValue('date', d);
                  }}
                  headerRender={({ value, onChange }) => <MonthHeader value={value} onChange={onChange} year={year} />}
                  fullCellRender={(d, info) => (info.type === 'date' ? <DayCell date={d} month={month} mark={marks.get(d.format('YYYY-MM-DD'))} /> : info.originNode)}
                />
              </div>
              <Legend />
            </Col>
            <Col xs={24} lg={11}>
              <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
                {t('admin.calendar.overrides')}{' '}
                {dirty && <Tag style={{ color: '#873800', background: '#fff7e6', borderColor: '#ffd591' }}>{t('admin.calendar.unsaved')}</Tag>}
              </Typography.Title>
              <Typography.Paragraph>{t('admin.calendar.overridesHelp', { year })}</Typography.Paragraph>
              <Form<AddForm> form={addForm} layout="vertical" initialValues={{ kind: 'holiday' }} onFinish={add}>
                <Row gutter={12}>
                  <Col xs={24} sm={12}>
                    <Form.Item
                      name="date"
                      label={t('admin.calendar.date')}
                      rules={[
                        { required: true, message: t('admin.rule.select', { field: t('admin.calendar.date') }) },
                        { validator: (_, d?: Dayjs) => (!d || d.year() === year ? Promise.resolve() : Promise.reject(new Error(t('admin.calendar.rule.dateYear', { year })))) },
                      ]}
                    >
                      <DatePicker
                        style={{ width: '100%' }}
                        minDate={yearStart}
                        maxDate={yearEnd}
                        defaultPickerValue={month}
                        onChange={(d) => d && d.year() === year && setMonth(d)}
                        // Enter confirms the typed date; it does not add the day before its kind and name are chosen.
                        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12}>
                    <Form.Item name="kind" label={t('admin.calendar.kind')} rules={[{ required: true, message: t('admin.rule.select', { field: t('admin.calendar.kind') }) }]}>
                      <Radio.Group
                        role="radiogroup"
                        aria-label={t('admin.calendar.kind')}
                        options={[
                          { value: 'holiday', label: t('admin.calendar.kind.holiday') },
                          { value: 'workday', label: t('admin.calendar.kind.workday') },
                        ]}
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <Flex gap={12} align="end" wrap>
                  <Form.Item
                    name="name"
                    label={t('admin.calendar.name')}
                    style={{ flex: 1, minWidth: 180 }}
                    rules={[{ max: DAY_NAME_MAX, message: t('admin.rule.max', { field: t('admin.calendar.name'), max: DAY_NAME_MAX }) }]}
                  >
                    <Input maxLength={DAY_NAME_MAX} placeholder={t('admin.calendar.namePlaceholder')} />
                  </Form.Item>
                  <Form.Item>
                    <Button htmlType="submit" icon={<PlusOutlined />}>
                      {t('admin.calendar.add')}
                    </Button>
                  </Form.Item>
                </Flex>
              </Form>
              <Table<CalendarDay>
                rowKey="date"
                size="small"
                loading={calendar.isPending}
                dataSource={draft}
                pagination={false}
                locale={{ emptyText: <span style={{ color: '#595959' }}>{t('admin.calendar.noOverrides')}</span> }}
                columns={[
                  { title: t('admin.calendar.date'), dataIndex: 'date', render: (d: string) => `${d} ${weekday(d, locale)}` },
                  { title: t('admin.calendar.kind'), dataIndex: 'kind', render: (k: DayKind) => <KindTag kind={k} source="override" /> },
                  { title: t('admin.calendar.name'), dataIndex: 'name', render: (n?: string) => n ?? '' },
                  {
                    title: t('common.actions'),
                    key: 'remove',
                    render: (_, day) => (
                      <Button type="link" danger icon={<DeleteOutlined />} aria-label={t('admin.calendar.removeDay', { date: day.date })} onClick={() => setDraft(removeOverride(draft, day.date))}>
                        {t('admin.calendar.remove')}
                      </Button>
                    ),
                  },
                ]}
              />
              <Space style={{ marginTop: 16 }} wrap>
                <Button type="primary" disabled={!dirty} loading={save.isPending} onClick={() => save.mutate()}>
                  {t('admin.calendar.save')}
                </Button>
                <Button disabled={!dirty} onClick={() => setDrafts(({ [year]: _discarded, ...rest }) => rest)}>
                  {t('admin.calendar.discard')}
                </Button>
              </Space>
            </Col>
          </Row>
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
            {t('admin.calendar.specialDays')}
          </Typography.Title>
          <Table<SpecialDay>
            rowKey="date"
            size="small"
            loading={calendar.isPending}
            dataSource={calendar.data?.days ?? []}
            pagination={{ pageSize: 40, hideOnSinglePage: true }}
            locale={{ emptyText: <span style={{ color: '#595959' }}>{t('admin.calendar.noSpecial')}</span> }}
            columns={[
              { title: t('admin.calendar.date'), dataIndex: 'date' },
              { title: t('admin.calendar.weekday'), key: 'weekday', render: (_, d) => weekday(d.date, locale) },
              { title: t('admin.calendar.kind'), dataIndex: 'kind', render: (k: DayKind, d) => <KindTag kind={k} source={d.source} /> },
              { title: t('admin.calendar.name'), dataIndex: 'name', render: (n: string | null) => n ?? '' },
              { title: t('admin.calendar.source'), dataIndex: 'source', render: (s: string) => t(s === 'override' ? 'admin.calendar.source.override' : 'admin.calendar.source.official') },
            ]}
          />
        </>
      )}
    </AdminPage>
  );
}

/** The calendar's header: the month of the page's year, with previous and next (the year is the page's own field). */
function MonthHeader({ value, onChange, year }: { value: Dayjs; onChange: (date: Dayjs) => void; year: number }) {
  const { t, locale } = useI18n();
  const month = value.month();
  const monthName = (m: number) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m, 1)));
  return (
    <Flex justify="end" align="center" gap={4} style={{ padding: 8 }}>
      <Button size="small" icon={<LeftOutlined />} aria-label={t('admin.calendar.previousMonth')} disabled={month === 0} onClick={() => onChange(value.month(month - 1))} />
      <Select
        size="small"
        aria-label={t('admin.calendar.month')}
        value={month}
        onChange={(m: number) => onChange(value.month(m))}
        style={{ width: 110 }}
        options={Array.from({ length: 12 }, (_, m) => ({ value: m, label: monthName(m) }))}
      />
      <Button size="small" icon={<RightOutlined />} aria-label={t('admin.calendar.nextMonth')} disabled={month === 11} onClick={() => onChange(value.month(month + 1))} />
    </Flex>
  );
}

/** A day of the month grid: its number, and 休 / 班 when it is a holiday or a make-up working day. */
function DayCell({ date, month, mark }: { date: Dayjs; month: Dayjs; mark: DayMark | undefined }) {
  const { t } = useI18n();
  if (!date.isSame(month, 'month')) return <div className="ant-picker-cell-inner" aria-hidden />;
  const style = mark ? KIND_STYLE[mark.kind] : null;
  const weekend = date.day() === 0 || date.day() === 6;
  return (
    <div
      className="ant-picker-cell-inner"
      title={mark ? `${t(`admin.calendar.kind.${mark.kind}`)}${mark.name ? ` · ${mark.name}` : ''}` : undefined}
      style={{
        position: 'relative',
        width: 36,
        minWidth: 36,
        height: 36,
        lineHeight: '22px',
        paddingTop: 2,
        color: style?.color ?? (weekend ? '#595959' : '#1f1f1f'),
        background: style?.background,
        border: style ? `1px ${mark!.source === 'override' ? 'dashed' : 'solid'} ${style.border}` : '1px solid transparent',
        borderRadius: 4,
      }}
    >
      <div>{date.date()}</div>
      {mark && <div style={{ fontSize: 10, lineHeight: '10px', fontWeight: 600 }}>{t(`admin.calendar.mark.${mark.kind}`)}</div>}
    </div>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <Space wrap style={{ marginTop: 12 }} aria-label={t('admin.calendar.legend')}>
      <span>{t('admin.calendar.legend')}:</span>
      <KindTag kind="holiday" source="official" />
      <KindTag kind="workday" source="official" />
      <span>{t('admin.calendar.source.official')}</span>
      <span aria-hidden>·</span>
      <span style={{ border: '1px dashed #595959', borderRadius: 4, padding: '0 6px' }}>{t('admin.calendar.source.override')}</span>
    </Space>
  );
}
