import { Alert, Breadcrumb, Button, Card, Col, ConfigProvider, Descriptions, Flex, List, Rate, Row, Space, Steps, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Countdown, TicketFlags } from '@/components/Countdown';
import { ErrorState } from '@/components/ErrorState';
import { PageLoading } from '@/components/PageLoading';
import { itemName, useCatalogue } from '@/features/catalogue/api';
import { useI18n } from '@/lib/i18n';
import { durationParts, formatTime } from '@/lib/time';
import { actionButtons, type TicketAction } from '../actions';
import { type Ticket, useTicket, useTicketEvents } from '../api';
import { ActionModal } from '../components/ActionModal';
import { StateTag } from '../components/StateTag';
import { TicketTimeline } from '../components/TicketTimeline';
import { useNames } from '../names';
import { cycleView, STEPS } from '../steps';
import { usePhone } from '@/lib/use-phone';
import { useSessionUser } from '@/features/auth/use-session';
import { mayAttach } from '../attachments';
import { AttachmentsSection, FileLinks } from '../components/Attachments';
import { RepeatOfNotice, SimilarTickets } from '../components/SimilarTickets';
import { searchesRepeats } from '../repeats';

const sectionTitle = (text: string) => (
  <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
    {text}
  </Typography.Title>
);

/** One order: where it stands, what was done, what the caller may do now. */
export default function TicketPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const ticket = useTicket(id);
  if (ticket.isPending) return <PageLoading />;
  if (ticket.isError && !ticket.data) {
    return (
      <Card>
        <Typography.Title level={1} style={{ fontSize: 20, marginBlockStart: 0 }}>
          {t('tickets.page.heading')}
        </Typography.Title>
        <ErrorState error={ticket.error} onRetry={() => ticket.refetch()} subject="ticket" />
        <Flex justify="center">
          <Link to="/orders">{t('tickets.page.backToOrders')}</Link>
        </Flex>
      </Card>
    );
  }
  return <TicketView ticket={ticket.data} />;
}

function TicketView({ ticket }: { ticket: Ticket }) {
  const { t, tx, locale } = useI18n();
  const catalogue = useCatalogue(true);
  const serviceName = (code: string) => {
    const item = catalogue.data?.find((i) => i.code === code);
    return item ? `${itemName(item, locale)} (${code})` : code;
  };
  const phone = usePhone();
  const names = useNames();
  const user = useSessionUser();
  const events = useTicketEvents(ticket.id);
  const [open, setOpen] = useState<TicketAction | null>(null);
  // Every action the order offered while this page was open keeps its form (and what was typed).
  const [mounted, setMounted] = useState<TicketAction[]>([]);
  const buttons = actionButtons(ticket.availableActions);
  const openAction = (action: TicketAction) => {
    setMounted((m) => (m.includes(action) ? m : [...m, action]));
    setOpen(action);
  };
  const cycle = cycleView(ticket, events.data ?? []);
  const feedbackLabel = ticket.state === 'rectifying' ? t('deadline.rectify') : t('deadline.feedback');
  const dash = (value: ReactNode) => value || '—';
  return (
    <Flex vertical gap={12}>
      <Card>
        <Flex vertical gap={8}>
          <Breadcrumb items={[{ title: <Link to="/orders">{t('tickets.list.label')}</Link> }, { title: ticket.code }]} />
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0, overflowWrap: 'anywhere' }}>
            {ticket.title}
          </Typography.Title>
          <Space size={8} wrap>
            <StateTag state={ticket.state} />
            <Countdown ticket={ticket} />
            <TicketFlags ticket={ticket} />
          </Space>
          {buttons.length > 0 && (
            <nav aria-label={t('tickets.page.actions')}>
              <Space wrap>
                {buttons.map((action, i) => (
                  <Button key={action} type={i === 0 ? 'primary' : 'default'} danger={action === 'withdraw' || action === 'return'} onClick={() => openAction(action)}>
                    {tx(`action.${action}`)}
                  </Button>
                ))}
              </Space>
            </nav>
          )}
        </Flex>
      </Card>

      <Card title={sectionTitle(t('tickets.steps.heading'))}>
        {/* Ant Design's error red on white is 3.3:1; this one keeps 4.5:1 (WCAG AA). */}
        <ConfigProvider theme={{ components: { Steps: { colorError: '#cf1322' } } }}>
          <Steps
            current={cycle.current}
            status={cycle.status}
            orientation={phone ? 'vertical' : 'horizontal'}
            size="small"
            items={STEPS.map((step) => {
              const note = cycle.notes[step];
              const at = cycle.times[step];
              return {
                title: t(`tickets.steps.${step}` as 'tickets.steps.place'),
                content: [note ? tx(note.key, note.vars) : null, at ? formatTime(at) : null].filter(Boolean).join(' · ') || undefined,
              };
            })}
          />
        </ConfigProvider>
      </Card>

      {ticket.infoRequest && (
        <Alert
          type="warning"
          showIcon
          title={t('tickets.info.open')}
          description={
            <>
              <Typography.Paragraph style={{ marginBlockEnd: 4, whiteSpace: 'pre-wrap' }}>{ticket.infoRequest.question}</Typography.Paragraph>
              <Typography.Text>
                {t('tickets.info.askedAt', { at: formatTime(ticket.infoRequest.requestedAt) })}
                {names.user(ticket.infoRequest.requestedBy) ? ` · ${names.user(ticket.infoRequest.requestedBy)}` : ''} · {t('tickets.info.paused')}
              </Typography.Text>
            </>
          }
        />
      )}
      {ticket.extensionRequest && (
        <Alert
          type="info"
          showIcon
          title={t('tickets.extension.pending', { until: formatTime(ticket.extensionRequest.until) })}
          description={
            <>
              <Typography.Paragraph style={{ marginBlockEnd: 4, whiteSpace: 'pre-wrap' }}>{ticket.extensionRequest.reason}</Typography.Paragraph>
              <Typography.Text>
                {t('tickets.extension.requestedAt', { at: formatTime(ticket.extensionRequest.requestedAt) })}
                {names.user(ticket.extensionRequest.requestedBy) ? ` · ${names.user(ticket.extensionRequest.requestedBy)}` : ''}
              </Typography.Text>
            </>
          }
        />
      )}

      {searchesRepeats(user?.role) && <RepeatOfNotice ticket={ticket} />}

      {ticket.assists.length > 0 && <AssistsCard ticket={ticket} />}

      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          <Card title={sectionTitle(t('tickets.page.details'))} style={{ height: '100%' }}>
            <Descriptions column={1} size="small" styles={{ label: { color: '#434343', width: phone ? undefined : 140 } }}>
              <Descriptions.Item label={t('tickets.field.description')}>
                <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{ticket.description}</span>
              </Descriptions.Item>
              {ticket.serviceCode && <Descriptions.Item label={t('catalogue.field')}>{serviceName(ticket.serviceCode)}</Descriptions.Item>}
              <Descriptions.Item label={t('tickets.field.category')}>{tx(`category.${ticket.category}`)}</Descriptions.Item>
              <Descriptions.Item label={t('tickets.field.priority')}>{ticket.priority ? tx(`priority.${ticket.priority}`) : t('tickets.page.notDispatched')}</Descriptions.Item>
              <Descriptions.Item label={t('tickets.field.enterprise')}>{dash(names.enterprise(ticket.enterpriseId))}</Descriptions.Item>
              <Descriptions.Item label={t('tickets.field.department')}>{ticket.departmentId ? dash(names.department(ticket.departmentId)) : t('tickets.page.notDispatched')}</Descriptions.Item>
              <Descriptions.Item label={t('tickets.field.leader')}>{ticket.leaderUserId ? dash(names.user(ticket.leaderUserId)) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('tickets.page.placedAt')}>{formatTime(ticket.createdAt)}</Descriptions.Item>
              <Descriptions.Item label={t('deadline.dispatch')}>{dash(formatTime(ticket.deadlines.dispatchBy))}</Descriptions.Item>
              <Descriptions.Item label={t('deadline.accept')}>{dash(formatTime(ticket.deadlines.acceptBy))}</Descriptions.Item>
              <Descriptions.Item label={feedbackLabel}>{dash(formatTime(ticket.deadlines.feedbackBy))}</Descriptions.Item>
              <Descriptions.Item label={t('deadline.rate')}>{dash(formatTime(ticket.deadlines.rateBy))}</Descriptions.Item>
              {ticket.pausedSeconds > 0 && (
                <Descriptions.Item label={t('tickets.detail.paused')}>
                  {durationParts(ticket.pausedSeconds * 1000)
                    .map((part) => t(`time.${part.unit}`, { n: part.n }))
                    .join(' ')}
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={12} style={{ height: '100%' }}>
            <Card title={sectionTitle(t('tickets.feedback.heading'))}>
              {ticket.feedback ? (
                <Descriptions column={1} size="small" styles={{ label: { color: '#434343' } }}>
                  <Descriptions.Item label={t('tickets.field.result')}>{tx(`feedbackResult.${ticket.feedback.result}`)}</Descriptions.Item>
                  <Descriptions.Item label={t('tickets.field.content')}>
                    <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{ticket.feedback.content}</span>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('tickets.feedback.at')}>{formatTime(ticket.feedback.at)}</Descriptions.Item>
                  <Descriptions.Item label={t('tickets.detail.timeliness')}>
                    <span style={{ color: ticket.feedback.onTime ? '#135200' : '#a8071a' }}>{t(ticket.feedback.onTime ? 'tickets.feedback.onTime' : 'tickets.feedback.late')}</span>
                  </Descriptions.Item>
                  {ticket.feedback.attachments && ticket.feedback.attachments.length > 0 && (
                    <Descriptions.Item label={t('tickets.feedback.evidence')}>
                      <FileLinks files={ticket.feedback.attachments} />
                    </Descriptions.Item>
                  )}
                  {ticket.feedback.assists && ticket.feedback.assists.length > 0 && (
                    <Descriptions.Item label={t('tickets.feedback.assists')}>
                      <Flex vertical gap={4}>
                        {ticket.feedback.assists.map((part) => (
                          <span key={part.departmentId} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                            {names.department(part.departmentId) ?? '—'}({tx(`assistState.${part.state}`)}){part.content ? `:${part.content}` : ''}
                          </span>
                        ))}
                      </Flex>
                    </Descriptions.Item>
                  )}
                </Descriptions>
              ) : (
                <Typography.Text>{t('tickets.feedback.none')}</Typography.Text>
              )}
            </Card>
            <Card title={sectionTitle(t('tickets.rating.heading'))}>
              {ticket.rating ? (
                <Flex vertical gap={4}>
                  <span>
                    <Rate disabled value={ticket.rating.score} aria-label={t('tickets.rating.stars', { score: ticket.rating.score })} />{' '}
                    <Typography.Text>{t('tickets.rating.stars', { score: ticket.rating.score })}</Typography.Text>
                  </span>
                  {ticket.rating.comment && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{ticket.rating.comment}</Typography.Paragraph>}
                  <Typography.Text>{formatTime(ticket.rating.at)}</Typography.Text>
                </Flex>
              ) : (
                <Typography.Text>{t(ticket.state === 'rectifying' ? 'tickets.rating.rectifying' : 'tickets.rating.none')}</Typography.Text>
              )}
            </Card>
          </Flex>
        </Col>
      </Row>

      {searchesRepeats(user?.role) && (
        <Card title={sectionTitle(t('repeats.heading'))}>
          <SimilarTickets ticket={ticket} canLink={user?.role === 'dispatcher'} />
        </Card>
      )}

      <Card title={sectionTitle(t('attachments.heading'))}>
        <AttachmentsSection ticketId={ticket.id} canAttach={mayAttach(user?.role, ticket)} />
      </Card>

      <Card title={sectionTitle(t('tickets.timeline.heading'))}>
        <TicketTimeline ticketId={ticket.id} />
      </Card>

      {mounted.map((action) => (
        <ActionModal key={action} ticket={ticket} action={action} open={open === action} onClose={() => setOpen(null)} />
      ))}
    </Flex>
  );
}

/** 协办: each assisting department's part, its deadline, and what it gave or why it declined. */
function AssistsCard({ ticket }: { ticket: Ticket }) {
  const { t, tx } = useI18n();
  const names = useNames();
  const waiting = ticket.state === 'in_progress' || ticket.state === 'dispatched' || ticket.state === 'awaiting_info'
    ? ticket.assists.filter((p) => (p.state === 'requested' || p.state === 'accepted') && p.onTime !== false)
    : [];
  const lead = ticket.departmentId ? (names.department(ticket.departmentId) ?? '—') : '—';
  const color: Record<Ticket['assists'][number]['state'], string> = { requested: 'gold', accepted: 'blue', declined: 'default', given: 'green' };
  return (
    <Card title={sectionTitle(t('tickets.assist.heading'))}>
      <Typography.Paragraph>{t('tickets.assist.lead', { lead })}</Typography.Paragraph>
      {waiting.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('tickets.assist.waiting', { names: waiting.map((p) => names.department(p.departmentId) ?? '—').join('、') })}
          style={{ marginBlockEnd: 12 }}
        />
      )}
      <List
        dataSource={ticket.assists}
        renderItem={(part) => (
          <List.Item key={part.departmentId}>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex wrap gap={8} align="center">
                <Typography.Text strong>{names.department(part.departmentId) ?? '—'}</Typography.Text>
                <Tag color={color[part.state]}>{tx(`assistState.${part.state}`)}</Tag>
                {part.onTime !== null && (
                  <Typography.Text style={{ color: part.onTime ? '#135200' : '#a8071a' }}>{t(part.onTime ? 'tickets.assist.onTime' : 'tickets.assist.late')}</Typography.Text>
                )}
                <Typography.Text type="secondary">
                  {t('tickets.assist.due')} {formatTime(part.dueBy)}
                  {part.at ? ` · ${formatTime(part.at)}` : ''}
                </Typography.Text>
              </Flex>
              {part.content && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{part.content}</Typography.Paragraph>}
              {part.state === 'declined' && (
                <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                  {part.declineReason ? tx(`assistReason.${part.declineReason}`) : ''}
                  {part.declineNote ? `:${part.declineNote}` : ''}
                </Typography.Paragraph>
              )}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
