/**
 * 回头看 (/followups): the follow-up visits of the user's subtree that fall due by a day (today unless
 * chosen; the filter lives in the URL), pending only unless "含已完成"; overdue ones marked. Each pending
 * visit is recorded from here; a broken agreement reopens its case.
 */
import {
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Row,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { StatusTag } from '../../features/cases/case-tags.tsx';
import { useFollowups, type FollowupListItem } from '../../features/mediation/followups.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { CodeTag, ProblemAlert, RESULT_COLORS } from '../mediation/mediation-ui.tsx';
import { FollowupModal } from './followup-modal.tsx';

const DAY = 'YYYY-MM-DD';

function useColumns(onRecord: (visit: FollowupListItem) => void) {
  const { t } = useI18n();
  const due = (visit: FollowupListItem): ReactNode => (
    <Space size={4} wrap>
      {visit.dueOn}
      {visit.isOverdue && <Tag color="error">{t('followup.overdue')}</Tag>}
    </Space>
  );
  const caseLink = (visit: FollowupListItem): ReactNode => (
    <Link to={`/cases/${encodeURIComponent(visit.caseId)}`}>{visit.caseNumber}</Link>
  );
  const state = (visit: FollowupListItem): ReactNode =>
    visit.status === 'pending' ? (
      <Tag color="processing">{t('followup.pending')}</Tag>
    ) : (
      <CodeTag prefix="term.status" code={visit.result} colors={RESULT_COLORS} />
    );
  const action = (visit: FollowupListItem): ReactNode =>
    visit.status === 'pending' && (
      <Button size="small" type="primary" ghost onClick={() => onRecord(visit)}>
        {t('followup.record')}
      </Button>
    );
  const columns: TableColumnsType<FollowupListItem> = [
    { title: t('followup.dueOn'), key: 'due', width: 120, render: (_, v) => due(v) },
    { title: t('case.number'), key: 'number', width: 150, render: (_, v) => caseLink(v) },
    { title: t('case.subject'), dataIndex: 'caseSubject', ellipsis: true },
    {
      title: t('case.status'),
      key: 'caseStatus',
      width: 90,
      render: (_, v) => <StatusTag status={v.caseStatus} />,
    },
    { title: t('followup.org'), dataIndex: 'orgName', width: 160, ellipsis: true },
    { title: t('followup.state'), key: 'state', width: 100, render: (_, v) => state(v) },
    {
      title: t('followup.note'),
      dataIndex: 'note',
      width: 180,
      ellipsis: true,
      render: (note: string | null) => note ?? '',
    },
    { title: t('common.actions'), key: 'actions', width: 110, render: (_, v) => action(v) },
  ];
  return { columns, due, caseLink, state, action };
}

export function FollowupsPage() {
  const { t } = useI18n();
  const cardSize = useCardSize();
  const isPhone = cardSize === 'small';
  const [params, setParams] = useSearchParams();
  const due = params.get('due') ?? undefined;
  const all = params.get('all') === '1';
  const list = useFollowups({ due, all });
  const [recording, setRecording] = useState<FollowupListItem>();
  const { columns, ...cells } = useColumns(setRecording);
  const items = list.data ?? [];

  const set = (changes: { due?: string; all?: boolean }) => {
    const next = { due, all, ...changes };
    const search = new URLSearchParams();
    if (next.due) search.set('due', next.due);
    if (next.all) search.set('all', '1');
    setParams(search, { replace: true });
  };

  return (
    <Space orientation="vertical" size={isPhone ? 8 : 16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('followup.title')}
      </Typography.Title>
      <Card size={cardSize}>
        <Typography.Paragraph type="secondary">{t('followup.intro')}</Typography.Paragraph>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} sm={12} md={8} lg={6}>
            <DatePicker
              aria-label={t('followup.dueBy')}
              placeholder={t('followup.dueByPlaceholder')}
              value={due ? dayjs(due) : null}
              onChange={(_, day) => set({ due: typeof day === 'string' && day ? day : undefined })}
              format={DAY}
              style={{ width: '100%' }}
              data-testid="followup-due"
            />
          </Col>
          <Col>
            <Space>
              <Switch
                checked={all}
                onChange={(checked) => set({ all: checked })}
                aria-label={t('followup.includeDone')}
              />
              {t('followup.includeDone')}
            </Space>
          </Col>
          <Col flex="auto" style={{ textAlign: isPhone ? 'start' : 'end' }}>
            <Typography.Text type="secondary" data-testid="followup-total">
              {due
                ? t('followup.total', { count: items.length, day: due })
                : t('followup.totalToday', { count: items.length })}
            </Typography.Text>
          </Col>
        </Row>
      </Card>
      <ProblemAlert error={list.error} />
      {isPhone ? (
        <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="followup-list">
          {items.length === 0 && <Card size="small">{t('followup.empty')}</Card>}
          {items.map((visit) => (
            <Card key={visit.id} size="small" title={cells.caseLink(visit)} extra={cells.state(visit)}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'subject', label: t('case.subject'), children: visit.caseSubject },
                  { key: 'due', label: t('followup.dueOn'), children: cells.due(visit) },
                  { key: 'org', label: t('followup.org'), children: visit.orgName },
                  ...(visit.note ? [{ key: 'note', label: t('followup.note'), children: visit.note }] : []),
                ]}
              />
              {cells.action(visit)}
            </Card>
          ))}
        </Space>
      ) : (
        <Card size={cardSize}>
          <Table<FollowupListItem>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={items}
            loading={list.isPending || list.isPlaceholderData}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            locale={{ emptyText: t('followup.empty') }}
            scroll={{ x: 1070 }}
            data-testid="followup-list"
          />
        </Card>
      )}
      <FollowupModal visit={recording} onClose={() => setRecording(undefined)} />
    </Space>
  );
}
