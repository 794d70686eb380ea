/**
 * 案件详情: the case's header (number, status, risk, flags), what was recorded, its parties (masked, with
 * an audited reveal), attachments, related cases and its history.
 */
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Result, Row, Skeleton, Space, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { Link, useParams } from 'react-router';
import { isProblem } from '../../api/client.ts';
import { categoryName } from '../../features/categories/category-tree.ts';
import { FlagTags, RiskTag, StatusTag, useCaseLabels } from '../../features/cases/case-tags.tsx';
import { useCase, type CaseView } from '../../features/cases/cases.api.ts';
import { formatDateTime, formatFen } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { MediationWorkspace, showsMediationWorkspace } from '../mediation/mediation-workspace.tsx';
import { CaseAttachmentsCard } from './case-attachments-card.tsx';
import { CaseRelatedCard, CaseTimelineCard } from './case-history-cards.tsx';
import { CasePartiesCard } from './case-parties-card.tsx';
import { CaseWorkflowCards } from './case-workflow-cards.tsx';
import { useCardSize } from './use-card-size.ts';

function CaseHeader({ caseView }: { caseView: CaseView }) {
  const cardSize = useCardSize();
  const { t } = useI18n();
  return (
    <Card size={cardSize}>
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Space wrap size={8} align="center">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="case-number">
            {caseView.number}
          </Typography.Title>
          <StatusTag status={caseView.status} />
          <RiskTag risk={caseView.risk} />
          <FlagTags flags={caseView.flags} />
        </Space>
        <Typography.Text style={{ fontSize: 16 }} data-testid="case-subject">
          {caseView.subject}
        </Typography.Text>
        <Space wrap size={8}>
          <Link to="/cases">
            <Button icon={<ArrowLeftOutlined />}>{t('caseDetail.backToList')}</Button>
          </Link>
          <Link to={`/cases/${encodeURIComponent(caseView.id)}/receipt`}>
            <Button icon={<PrinterOutlined />}>{t('caseDetail.receipt')}</Button>
          </Link>
        </Space>
      </Space>
    </Card>
  );
}

function CaseFacts({ caseView }: { caseView: CaseView }) {
  const cardSize = useCardSize();
  const { t, locale } = useI18n();
  const labels = useCaseLabels();
  const none = t('caseDetail.none');
  const items: DescriptionsProps['items'] = [
    {
      key: 'description',
      label: t('case.description'),
      span: 'filled',
      children: <div style={{ whiteSpace: 'pre-wrap' }}>{caseView.description}</div>,
    },
    { key: 'category', label: t('case.category'), children: categoryName(caseView.category, locale) },
    {
      key: 'channel',
      label: t('case.channel'),
      children: caseView.petitionType
        ? `${labels.channel(caseView.channel)} · ${labels.petitionType(caseView.petitionType)}`
        : labels.channel(caseView.channel),
    },
    {
      key: 'occurredAt',
      label: t('case.occurredAt'),
      children: caseView.occurredAt ? formatDateTime(caseView.occurredAt, locale) : none,
    },
    { key: 'grid', label: t('case.grid'), children: caseView.grid?.name ?? none },
    { key: 'address', label: t('case.address'), children: caseView.address ?? none },
    {
      key: 'coordinates',
      label: t('case.coordinates'),
      children:
        caseView.lat !== null && caseView.lng !== null
          ? `${caseView.lat.toFixed(5)}, ${caseView.lng.toFixed(5)}`
          : none,
    },
    {
      key: 'people',
      label: t('case.peopleInvolved'),
      children: t('case.people', { count: caseView.peopleInvolved }),
    },
    {
      key: 'amount',
      label: t('case.amount'),
      children:
        caseView.amountFen === null ? none : t('case.yuan', { amount: formatFen(caseView.amountFen) }),
    },
    { key: 'registeredOrg', label: t('case.registeredOrg'), children: caseView.registeredOrg.name },
    { key: 'registeredBy', label: t('case.registeredBy'), children: caseView.registeredBy?.name ?? none },
    {
      key: 'registeredAt',
      label: t('case.registeredAt'),
      children: formatDateTime(caseView.createdAt, locale),
    },
    { key: 'currentOrg', label: t('case.currentOrg'), children: caseView.currentOrg.name },
    { key: 'visits', label: t('case.visits'), children: caseView.visits },
  ];
  return (
    <Card size={cardSize} title={t('caseDetail.info')}>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={items}
        data-testid="case-facts"
      />
    </Card>
  );
}

export function CaseDetailPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { id } = useParams();
  const caseQuery = useCase(id);
  const gap = useCardSize() === 'small' ? 8 : 16;

  if (caseQuery.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (caseQuery.isError) {
    const error = caseQuery.error;
    return (
      <Result
        status={isProblem(error, 'not-found') ? '404' : 'error'}
        title={isProblem(error) ? problemText(i18n, error) : String(error)}
        extra={
          <Link to="/cases">
            <Button>{t('caseDetail.backToList')}</Button>
          </Link>
        }
      />
    );
  }
  const caseView = caseQuery.data;
  return (
    <Space orientation="vertical" size={gap} style={{ width: '100%' }}>
      <CaseHeader caseView={caseView} />
      <CaseWorkflowCards caseView={caseView} />
      <CaseFacts caseView={caseView} />
      <CasePartiesCard caseView={caseView} />
      {showsMediationWorkspace(caseView) && <MediationWorkspace caseView={caseView} />}
      <Row gutter={[gap, gap]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={gap} style={{ width: '100%' }}>
            <CaseAttachmentsCard caseView={caseView} />
            <CaseRelatedCard caseView={caseView} />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <CaseTimelineCard caseView={caseView} />
        </Col>
      </Row>
    </Space>
  );
}
