/**
 * The headline figures as cards: every count and rate of the summary, its definition as a tooltip, and its
 * change against the previous period (环比) and the same period last year (同比). Every number opens the
 * list of items behind it; a rate opens its numerator, and shows numerator / denominator as links too.
 */
import { InfoCircleOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Tooltip, Typography } from 'antd';
import type { FigureDefinition, StatsSummary } from '../../features/stats/stats.api.ts';
import { changeRatio, formatRate, pointChange } from '../../features/stats/stats-filter.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { figureDefinition, figureName } from './figure-text.ts';

type Values = Record<string, number | null>;

interface Props {
  summary: StatsSummary;
  definitions: Map<string, FigureDefinition> | undefined;
  onOpen: (figure: string) => void;
}

function Change({ label, value, unit }: { label: string; value: number | null; unit: 'percent' | 'points' }) {
  const { t } = useI18n();
  const color = value === null || value === 0 ? undefined : value > 0 ? '#cf1322' : '#389e0d';
  const sign = value !== null && value > 0 ? '+' : '';
  const text =
    value === null
      ? '—'
      : unit === 'percent'
        ? `${sign}${(Math.round(value * 1000) / 10).toFixed(1)}%`
        : t('stats.points', { value: `${sign}${value.toFixed(1)}` });
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {label} <span style={{ color }}>{text}</span>
    </Typography.Text>
  );
}

function FigureTitle({ figure, definitions }: { figure: string; definitions: Props['definitions'] }) {
  const i18n = useI18n();
  return (
    <Space size={4}>
      {figureName(i18n, figure)}
      <Tooltip title={figureDefinition(i18n, definitions, figure)}>
        <InfoCircleOutlined
          aria-label={figureDefinition(i18n, definitions, figure)}
          style={{ color: '#8c8c8c' }}
        />
      </Tooltip>
    </Space>
  );
}

export function FigureCards({ summary, definitions, onOpen }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const current = summary as unknown as Values;
  const previous = summary.previousPeriod as unknown as Values;
  const lastYear = summary.lastYear as unknown as Values;
  const all = [...(definitions?.values() ?? [])];
  const counts = all.filter((d) => d.kind === 'count');
  const rates = all.filter((d) => d.kind === 'rate');
  const link = (figure: string, text: string, big = false, testId = `figure-${figure}`) => (
    <Button
      type="link"
      data-testid={testId}
      onClick={() => onOpen(figure)}
      style={{ padding: 0, height: 'auto', fontSize: big ? 26 : 14, fontWeight: big ? 600 : 400 }}
    >
      {text}
    </Button>
  );
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('stats.rates')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        {rates.map((d) => (
          <Col key={d.key} xs={12} md={8} xl={4}>
            <Card
              size="small"
              style={{ height: '100%' }}
              title={<FigureTitle figure={d.key} definitions={definitions} />}
            >
              <Typography.Text strong style={{ fontSize: 26 }} data-testid={`rate-${d.key}`}>
                {formatRate(current[d.key])}
              </Typography.Text>
              <div>
                <Tooltip title={t('stats.rateParts')}>
                  <span>
                    {link(
                      d.numerator!,
                      String(current[d.numerator!] ?? 0),
                      false,
                      `rate-part-${d.numerator}`,
                    )}{' '}
                    /{' '}
                    {link(
                      d.denominator!,
                      String(current[d.denominator!] ?? 0),
                      false,
                      `rate-part-${d.denominator}`,
                    )}
                  </span>
                </Tooltip>
              </div>
              <Space orientation="vertical" size={0}>
                <Change
                  label={t('stats.vsPrevious')}
                  value={pointChange(current[d.key], previous[d.key])}
                  unit="points"
                />
                <Change
                  label={t('stats.vsLastYear')}
                  value={pointChange(current[d.key], lastYear[d.key])}
                  unit="points"
                />
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('stats.counts')}
      </Typography.Title>
      <Row gutter={[12, 12]}>
        {counts.map((d) => (
          <Col key={d.key} xs={12} md={8} xl={4}>
            <Card
              size="small"
              style={{ height: '100%' }}
              title={<FigureTitle figure={d.key} definitions={definitions} />}
            >
              {link(d.key, String(current[d.key] ?? 0), true)}
              {d.dateKind === 'now' ? (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('stats.stateNow')}
                  </Typography.Text>
                </div>
              ) : (
                <Space orientation="vertical" size={0} style={{ display: 'flex' }}>
                  <Change
                    label={t('stats.vsPrevious')}
                    value={changeRatio(current[d.key], previous[d.key])}
                    unit="percent"
                  />
                  <Change
                    label={t('stats.vsLastYear')}
                    value={changeRatio(current[d.key], lastYear[d.key])}
                    unit="percent"
                  />
                </Space>
              )}
            </Card>
          </Col>
        ))}
      </Row>
    </Space>
  );
}
