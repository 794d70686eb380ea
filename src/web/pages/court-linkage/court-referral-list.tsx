/**
 * 移送与委派 on the court-linkage page: failed mediations transferred to a court and cases courts referred
 * down for mediation (诉前调解 / 委派调解), of the user's subtree, by direction and by whether the outcome is
 * known, each linking to its case; the outcome is recorded from here. Intake and dispatchers register a
 * court's referral from this card.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Segmented, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../app/current-user.tsx';
import { StatusTag } from '../../features/cases/case-tags.tsx';
import { useCourtTransfers, type CourtTransfer } from '../../features/linkage/linkage.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { CodeTag, ProblemAlert } from '../mediation/mediation-ui.tsx';
import { CourtOutcomeModal } from './court-referral-outcome-modal.tsx';

/** Roles that register a court's referral (as REFERRAL_ROLES on the server). */
const REFERRAL_ROLES = ['dispatcher', 'intake'];
/** Roles that may record an outcome (the case's holders; the server checks the holding organisation). */
const HOLDER_ROLES = ['dispatcher', 'handler', 'mediator', 'grid_worker'];
const OUTCOME_COLORS: Record<string, string> = {
  settled: 'success',
  not_settled: 'error',
  withdrawn: 'default',
};

type Direction = 'all' | 'from_court' | 'to_court';

export function CourtReferralList() {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const cardSize = useCardSize();
  const isPhone = cardSize === 'small';
  const [params, setParams] = useSearchParams();
  const raw = params.get('direction');
  const direction: Direction = raw === 'from_court' || raw === 'to_court' ? raw : 'all';
  const openOnly = params.get('state') !== 'all';
  const list = useCourtTransfers({
    ...(direction === 'all' ? {} : { direction }),
    ...(openOnly ? { open: true } : {}),
  });
  const [recording, setRecording] = useState<CourtTransfer>();
  const items = list.data ?? [];
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const mayRecord = HOLDER_ROLES.some((role) => me.roles.includes(role));
  const caseLink = (x: CourtTransfer) => (
    <Link to={`/cases/${encodeURIComponent(x.caseId)}`}>{x.caseNumber}</Link>
  );
  const kind = (x: CourtTransfer): ReactNode => (
    <Tag color={x.direction === 'from_court' ? 'blue' : 'purple'}>
      {x.direction === 'from_court'
        ? (tx(`referral.kind.${x.referralKind ?? ''}`) ?? t('transfer.direction.from_court'))
        : t('transfer.direction.to_court')}
    </Tag>
  );
  const outcome = (x: CourtTransfer): ReactNode =>
    x.outcome ? (
      <CodeTag prefix="transfer.outcome" code={x.outcome} colors={OUTCOME_COLORS} />
    ) : (
      <Tag color="processing">{t('transfer.awaiting')}</Tag>
    );
  const action = (x: CourtTransfer): ReactNode =>
    mayRecord &&
    !x.outcome && (
      <Button size="small" onClick={() => setRecording(x)}>
        {t('transfer.recordOutcome')}
      </Button>
    );
  const columns: TableColumnsType<CourtTransfer> = [
    { title: t('case.number'), key: 'number', width: 150, render: (_, x) => caseLink(x) },
    { title: t('case.subject'), dataIndex: 'caseSubject', ellipsis: true },
    { title: t('transfer.kind'), key: 'kind', width: 100, render: (_, x) => kind(x) },
    { title: t('referral.court'), dataIndex: 'court', width: 150, ellipsis: true },
    {
      title: t('referral.courtCaseNumber'),
      key: 'ccn',
      width: 250,
      render: (_, x) => x.courtCaseNumber ?? '—',
    },
    {
      title: t('case.status'),
      key: 'status',
      width: 90,
      render: (_, x) => <StatusTag status={x.caseStatus} />,
    },
    { title: t('transfer.outcome'), key: 'outcome', width: 120, render: (_, x) => outcome(x) },
    { title: t('common.actions'), key: 'actions', width: 110, render: (_, x) => action(x) },
  ];

  return (
    <Card
      size={cardSize}
      title={t('transfer.title')}
      data-testid="court-transfers"
      extra={
        REFERRAL_ROLES.some((role) => me.roles.includes(role)) && (
          <Link to="/court-linkage/referrals/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('referral.register')}
            </Button>
          </Link>
        )
      }
    >
      <Space wrap size={12} style={{ marginBottom: 12 }}>
        <Segmented
          value={direction}
          onChange={(value) => set('direction', value === 'all' ? undefined : value)}
          options={[
            { value: 'all', label: t('transfer.direction.all') },
            { value: 'from_court', label: t('transfer.direction.from_court') },
            { value: 'to_court', label: t('transfer.direction.to_court') },
          ]}
        />
        <Segmented
          value={openOnly ? 'open' : 'all'}
          onChange={(value) => set('state', value === 'all' ? 'all' : undefined)}
          options={[
            { value: 'open', label: t('transfer.awaiting') },
            { value: 'all', label: t('courtLinkage.all') },
          ]}
        />
      </Space>
      <ProblemAlert error={list.error} />
      {isPhone ? (
        <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="court-transfer-list">
          {items.length === 0 && <Card size="small">{t('transfer.empty')}</Card>}
          {items.map((x) => (
            <Card key={x.id} size="small" title={caseLink(x)} extra={outcome(x)}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'subject', label: t('case.subject'), children: x.caseSubject },
                  { key: 'kind', label: t('transfer.kind'), children: kind(x) },
                  { key: 'court', label: t('referral.court'), children: x.court },
                  { key: 'ccn', label: t('referral.courtCaseNumber'), children: x.courtCaseNumber ?? '—' },
                ]}
              />
              {action(x)}
            </Card>
          ))}
        </Space>
      ) : (
        <Table<CourtTransfer>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          loading={list.isPending || list.isPlaceholderData}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('transfer.empty') }}
          scroll={{ x: 1100 }}
          data-testid="court-transfer-list"
        />
      )}
      <CourtOutcomeModal transfer={recording} onClose={() => setRecording(undefined)} />
    </Card>
  );
}
