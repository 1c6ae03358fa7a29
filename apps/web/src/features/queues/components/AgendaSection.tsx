import { Card, Flex, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { StateTag, type Ticket } from '@/features/tickets';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { AGENDA_SECTION_LIMIT, agendaDetail, type AgendaItem, type AgendaSectionId, sectionLabel } from '../agenda';
import { usePhone } from '@/lib/use-phone';

const RED = { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' };
const AMBER = { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' };

function Flags({ item, section }: { item: AgendaItem; section: AgendaSectionId }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      {item.overdue && section !== 'overdue' && <Tag style={RED}>{t('queues.agenda.section.overdue')}</Tag>}
      {item.escalationLevel > 0 && <Tag style={RED}>{t('escalation.level', { level: item.escalationLevel })}</Tag>}
      {item.returnCount > 0 && <Tag style={AMBER}>{t('returns.count', { count: item.returnCount })}</Tag>}
    </Space>
  );
}

/** Why the item is on the agenda, in the reader's language. */
function Detail({ section, item }: { section: AgendaSectionId; item: AgendaItem }) {
  const { t } = useI18n();
  const detail = agendaDetail(section, item.detail);
  const feedbackBy = item.feedbackBy ? t('queues.agenda.feedbackBy', { time: formatTime(item.feedbackBy) }) : null;
  const text =
    detail?.kind === 'rated'
      ? t('queues.agenda.detail.rated', { score: detail.score, time: formatTime(detail.at) })
      : detail?.kind === 'extension'
        ? t('queues.agenda.detail.extension', { date: formatTime(detail.until) })
        : detail?.kind === 'question'
          ? t('queues.agenda.detail.question', { question: detail.text })
          : null;
  return (
    <Flex vertical gap={2}>
      {text && <Typography.Text>{text}</Typography.Text>}
      {feedbackBy && <Typography.Text>{feedbackBy}</Typography.Text>}
    </Flex>
  );
}

/** One section of the meeting: a heading with its count and the orders, each linking to its page. */
export function AgendaSection({ section, items }: { section: AgendaSectionId; items: AgendaItem[] }) {
  const { t } = useI18n();
  const phone = usePhone();
  const headingId = `agenda-${section}`;
  const label = t(sectionLabel(section));
  const columns: ColumnsType<AgendaItem> = [
    { title: t('queues.col.code'), dataIndex: 'code', key: 'code', width: 170, render: (code: string, item) => <Link to={`/orders/${item.id}`}>{code}</Link> },
    { title: t('queues.col.title'), dataIndex: 'title', key: 'title', width: 170 },
    { title: t('queues.col.enterprise'), dataIndex: 'enterprise', key: 'enterprise', width: 140 },
    { title: t('queues.col.department'), dataIndex: 'department', key: 'department', width: 130, render: (d: string | null) => d ?? '—' },
    {
      title: t('queues.col.stateFlags'),
      key: 'state',
      width: 150,
      render: (_: unknown, item) => (
        <Flex vertical gap={4} align="flex-start">
          <StateTag state={item.state as Ticket['state']} />
          <Flags item={item} section={section} />
        </Flex>
      ),
    },
    { title: t('queues.col.detail'), key: 'detail', width: 220, render: (_: unknown, item) => <Detail section={section} item={item} /> },
  ];
  return (
    <section aria-labelledby={headingId} style={{ scrollMarginTop: 16 }}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 16, margin: '0 0 8px' }}>
        {t('queues.agenda.sectionCount', { label, count: items.length })}
      </Typography.Title>
      {items.length >= AGENDA_SECTION_LIMIT && <Typography.Paragraph>{t('queues.agenda.truncated', { count: AGENDA_SECTION_LIMIT })}</Typography.Paragraph>}
      {items.length === 0 ? (
        <Typography.Paragraph>{t('queues.agenda.empty')}</Typography.Paragraph>
      ) : phone ? (
        <Flex vertical gap={8}>
          {items.map((item) => (
            <Card key={item.id} size="small">
              <Flex vertical gap={6}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Link to={`/orders/${item.id}`} style={{ fontWeight: 600 }}>
                    {item.code}
                  </Link>
                  <StateTag state={item.state as Ticket['state']} />
                </Flex>
                <Typography.Text strong>{item.title}</Typography.Text>
                <Typography.Text>
                  {item.enterprise}
                  {item.department ? ` → ${item.department}` : ''}
                </Typography.Text>
                <Flags item={item} section={section} />
                <Detail section={section} item={item} />
              </Flex>
            </Card>
          ))}
        </Flex>
      ) : (
        <Table<AgendaItem>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          locale={{ emptyText: t('queues.agenda.empty') }}
          tableLayout="fixed"
          scroll={{ x: 980 }}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        />
      )}
    </section>
  );
}
