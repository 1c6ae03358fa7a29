import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Flex, Form, Select, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { api, call } from '@/api/client';
import { ErrorState } from '@/components/ErrorState';
import { useI18n } from '@/lib/i18n';
import { formatDate } from '@/lib/time';
import { AGENDA_SECTIONS, agendaQuery, sectionLabel } from '../agenda';
import { AgendaSection } from '../components/AgendaSection';
import { useChainChoice } from '../hooks';
import { usePhone } from '@/lib/use-phone';

/**
 * 半月一碰头: what the committee and the chamber go through every half month. `since` (the
 * start of the low ratings counted) and the chain live in the address, so a link shares the agenda.
 */
export default function AgendaPage() {
  const { t } = useI18n();
  const phone = usePhone();
  const [search, setSearch] = useSearchParams();
  const since = search.get('since');
  const chainId = search.get('chainId');
  const chains = useChainChoice();
  const query = agendaQuery(since, chains.choose ? chainId : null);
  const agenda = useQuery({
    queryKey: ['/api/reports/agenda', query],
    queryFn: ({ signal }) => call(api.GET('/api/reports/agenda', { params: { query }, signal })),
  });
  const set = (name: 'since' | 'chainId', value: string | null) => {
    const params = new URLSearchParams(search);
    if (value) params.set(name, value);
    else params.delete(name);
    setSearch(params, { replace: true });
  };
  const data = agenda.data;
  return (
    <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
      <Typography.Title level={1} style={{ fontSize: 20, marginBlockStart: 0 }}>
        {t('queues.agenda.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('queues.agenda.intro')}</Typography.Paragraph>
      <Form layout="vertical" style={{ maxWidth: 640 }}>
        <Flex gap={16} wrap>
          <Form.Item label={t('queues.agenda.since')} htmlFor="agenda-since" extra={t('queues.agenda.sinceHelp')} style={{ minWidth: 220 }}>
            <DatePicker
              id="agenda-since"
              value={since ? dayjs(since) : null}
              onChange={(value: Dayjs | null) => set('since', value ? value.format('YYYY-MM-DD') : null)}
              disabledDate={(day) => day.isAfter(dayjs(), 'day')}
              style={{ width: '100%' }}
            />
          </Form.Item>
          {chains.choose && (
            <Form.Item label={t('queues.agenda.chain')} htmlFor="agenda-chain" style={{ minWidth: 220 }}>
              <Select
                id="agenda-chain"
                value={chainId ?? ''}
                loading={chains.loading}
                onChange={(value: string) => set('chainId', value || null)}
                options={[{ value: '', label: t('queues.agenda.allChains') }, ...chains.chains.map((c) => ({ value: c.id, label: c.name }))]}
              />
            </Form.Item>
          )}
        </Flex>
      </Form>
      {agenda.isError ? (
        <ErrorState error={agenda.error} onRetry={() => agenda.refetch()} />
      ) : !data ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={24}>
          <Typography.Text>{t('queues.agenda.sinceShown', { date: formatDate(data.since) })}</Typography.Text>
          <nav aria-label={t('queues.agenda.contents')}>
            <Flex gap="4px 16px" wrap component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {AGENDA_SECTIONS.map((section) => (
                <li key={section}>
                  <Typography.Link href={`#agenda-${section}`}>
                    {t('queues.agenda.sectionCount', { label: t(sectionLabel(section)), count: data[section].length })}
                  </Typography.Link>
                </li>
              ))}
            </Flex>
          </nav>
          {AGENDA_SECTIONS.map((section) => (
            <AgendaSection key={section} section={section} items={data[section]} />
          ))}
        </Flex>
      )}
    </Card>
  );
}
