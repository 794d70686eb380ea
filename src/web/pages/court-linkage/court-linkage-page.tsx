/**
 * 诉调对接 (/court-linkage): the judicial confirmations of the cases the user may see — those awaiting the
 * court's decision, or all — with the court, the application and its 30-day window, the court's acceptance
 * and case number and its decision, each linking to its case (where the steps are recorded). Below, the
 * transfers to and referrals from courts (court-referral-list.tsx).
 */
import { Card, Descriptions, Segmented, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useJudicialList, type JudicialListItem } from '../../features/mediation/followups.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { DecisionTag } from '../mediation/judicial-card.tsx';
import { ProblemAlert } from '../mediation/mediation-ui.tsx';
import { CourtReferralList } from './court-referral-list.tsx';

const caseLink = (item: JudicialListItem) => (
  <Link to={`/cases/${encodeURIComponent(item.caseId)}`}>{item.caseNumber}</Link>
);

export function CourtLinkagePage() {
  const { t } = useI18n();
  const cardSize = useCardSize();
  const isPhone = cardSize === 'small';
  const [params, setParams] = useSearchParams();
  const showAll = params.get('show') === 'all';
  const list = useJudicialList(!showAll);
  const items = list.data ?? [];
  const dash = (value: string | null) => value ?? '—';

  const below = (text: string) => <div style={{ color: 'rgba(0,0,0,0.45)' }}>{text}</div>;
  const columns: TableColumnsType<JudicialListItem> = [
    { title: t('case.number'), key: 'number', width: 150, render: (_, item) => caseLink(item) },
    { title: t('case.subject'), dataIndex: 'caseSubject', ellipsis: true },
    { title: t('judicial.court'), dataIndex: 'court', width: 160, ellipsis: true },
    {
      title: t('judicial.appliedOn'),
      key: 'applied',
      width: 150,
      render: (_, item) => (
        <>
          {item.appliedOn}
          {below(`${t('judicial.deadline')} ${item.windowEndsOn}`)}
        </>
      ),
    },
    {
      title: t('judicial.acceptedOn'),
      key: 'accepted',
      width: 190,
      render: (_, item) => (
        <>
          {dash(item.acceptedOn)}
          {item.courtCaseNumber && below(item.courtCaseNumber)}
        </>
      ),
    },
    {
      title: t('judicial.decision'),
      key: 'decision',
      width: 130,
      render: (_, item) => (
        <>
          <DecisionTag decision={item.decision} />
          {item.decidedOn && below(item.decidedOn)}
        </>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={isPhone ? 8 : 16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('courtLinkage.title')}
      </Typography.Title>
      <Card size={cardSize}>
        <Space wrap size={12} style={{ width: '100%', justifyContent: 'space-between' }}>
          <Segmented
            value={showAll ? 'all' : 'open'}
            onChange={(value) => setParams(value === 'all' ? { show: 'all' } : {}, { replace: true })}
            options={[
              { value: 'open', label: t('courtLinkage.open') },
              { value: 'all', label: t('courtLinkage.all') },
            ]}
          />
          <Typography.Text type="secondary" data-testid="court-linkage-total">
            {t('courtLinkage.total', { count: items.length })}
          </Typography.Text>
        </Space>
      </Card>
      <ProblemAlert error={list.error} />
      {isPhone ? (
        <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="court-linkage-list">
          {items.length === 0 && <Card size="small">{t('courtLinkage.empty')}</Card>}
          {items.map((item) => (
            <Card
              key={item.id}
              size="small"
              title={caseLink(item)}
              extra={<DecisionTag decision={item.decision} />}
            >
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'subject', label: t('case.subject'), children: item.caseSubject },
                  { key: 'court', label: t('judicial.court'), children: item.court },
                  { key: 'applied', label: t('judicial.appliedOn'), children: item.appliedOn },
                  { key: 'deadline', label: t('judicial.deadline'), children: item.windowEndsOn },
                  { key: 'accepted', label: t('judicial.acceptedOn'), children: dash(item.acceptedOn) },
                  { key: 'decided', label: t('judicial.decidedOn'), children: dash(item.decidedOn) },
                ]}
              />
            </Card>
          ))}
        </Space>
      ) : (
        <Card size={cardSize}>
          <Table<JudicialListItem>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={items}
            loading={list.isPending || list.isPlaceholderData}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            locale={{ emptyText: t('courtLinkage.empty') }}
            scroll={{ x: 960 }}
            data-testid="court-linkage-list"
          />
        </Card>
      )}
      <CourtReferralList />
    </Space>
  );
}
