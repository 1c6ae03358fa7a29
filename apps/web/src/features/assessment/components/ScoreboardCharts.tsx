import { Bar } from '@ant-design/plots';
import { Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import type { DepartmentScore } from '../lib/figures';
import { chartSummary, compositeChartData, formatNumber, formatRate, RATE_FIELDS, type RateField, rateChartData } from '../lib/figures';
import { useI18n } from '@/lib/i18n';

const COLUMN: Record<RateField, 'assessment.col.responseRate' | 'assessment.col.resolutionRate' | 'assessment.col.satisfactionRate'> = {
  responseRate: 'assessment.col.responseRate',
  resolutionRate: 'assessment.col.resolutionRate',
  satisfactionRate: 'assessment.col.satisfactionRate',
};
/** Blue, green, orange of Ant Design's palette: told apart by hue and by the legend's words. */
const PALETTE = ['#1677ff', '#389e0d', '#d46b08'];

/**
 * The scoreboard as charts (a chunk of its own: the chart library is large). Each chart is an
 * image to assistive technology, named by a summary of its figures; the table beside it is the
 * full text alternative.
 */
export default function ScoreboardCharts({ rows }: { rows: readonly DepartmentScore[] }) {
  const { t, locale } = useI18n();
  const separator = locale === 'zh-CN' ? ';' : '; ';
  const rates = useMemo(() => rateChartData(rows, (field) => t(COLUMN[field])), [rows, t]);
  const composite = useMemo(() => compositeChartData(rows), [rows]);
  const ratesSummary = t('assessment.chart.ratesSummary', {
    rows: chartSummary(
      rows.map((r) => ({ department: r.name, text: RATE_FIELDS.map((f) => `${t(COLUMN[f])} ${formatRate(r[f])}`).join(locale === 'zh-CN' ? ',' : ', ') })),
      separator,
    ),
  });
  const compositeSummary = t('assessment.chart.compositeSummary', {
    rows: chartSummary(
      composite.map((p) => ({ department: p.department, text: formatNumber(p.composite) })),
      separator,
    ),
  });
  const departments = new Set(rates.map((p) => p.department)).size;
  // Dark axis labels: the library's default grey is too light to read comfortably.
  const axisText = { labelFill: '#262626', labelFillOpacity: 1, labelOpacity: 1, labelAutoRotate: false, labelFontSize: 12 };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('assessment.chart.rates')}
        </Typography.Title>
        <div role="img" aria-label={ratesSummary} data-chart="rates">
          {rates.length === 0 ? (
            <Typography.Text>{t('assessment.chart.noData')}</Typography.Text>
          ) : (
            <Bar
              data={rates}
              animate={false}
              xField="department"
              yField="value"
              colorField="measure"
              group
              height={Math.max(200, departments * 84 + 80)}
              scale={{ y: { domain: [0, 100] }, color: { range: PALETTE } }}
              style={{ maxWidth: 20 }}
              axis={{ x: axisText, y: { ...axisText, labelFormatter: (v: number) => `${v}%` } }}
              legend={{ color: { position: 'top', layout: { justifyContent: 'flex-start' } } }}
              tooltip={{ items: [{ channel: 'y', valueFormatter: (v: number) => formatRate(v) }] }}
            />
          )}
        </div>
      </Col>
      <Col xs={24} lg={10}>
        <Typography.Title level={3} style={{ fontSize: 16 }}>
          {t('assessment.chart.composite')}
        </Typography.Title>
        <div role="img" aria-label={compositeSummary} data-chart="composite">
          {composite.length === 0 ? (
            <Typography.Text>{t('assessment.chart.noData')}</Typography.Text>
          ) : (
            <Bar
              data={composite}
              animate={false}
              xField="department"
              yField="composite"
              height={Math.max(160, composite.length * 44 + 60)}
              paddingRight={36}
              scale={{ y: { domain: [0, 100] } }}
              style={{ fill: '#1677ff', maxWidth: 24 }}
              axis={{ x: axisText, y: axisText }}
              label={{ text: (d: { composite: number }) => formatNumber(d.composite), position: 'right', dx: 4, fill: '#262626', fillOpacity: 1 }}
              tooltip={{ items: [{ channel: 'y', name: t('assessment.col.composite'), valueFormatter: (v: number) => formatNumber(v) }] }}
            />
          )}
        </div>
      </Col>
    </Row>
  );
}
