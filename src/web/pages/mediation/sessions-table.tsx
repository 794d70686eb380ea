/**
 * The sessions of a case (调解场次): when, where (or online), the mediators with the lead marked 主持, the
 * status and outcome, and per session: write the record, set the outcome, download the record (.docx).
 * A table on wide screens, small cards on phones.
 */
import {
  CloseCircleOutlined,
  DownloadOutlined,
  EditOutlined,
  FieldTimeOutlined,
  FlagOutlined,
} from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { asRecord } from '../../features/mediation/mediation-forms.ts';
import { documentPaths, type MediationSession } from '../../features/mediation/mediation.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { OutcomeTag, SessionStatusTag, useDownload } from './mediation-ui.tsx';
import { RoomLinkButton } from '../../features/rooms/room-link.tsx';

interface Props {
  caseId: string;
  sessions: readonly MediationSession[];
  loading: boolean;
  canRecord: boolean;
  onRecord: (session: MediationSession) => void;
  onOutcome: (session: MediationSession) => void;
  onReschedule: (session: MediationSession) => void;
  onCancel: (session: MediationSession) => void;
}

/** A session that may still be moved or cancelled: scheduled, no outcome yet. */
const changeable = (session: MediationSession) => session.status === 'scheduled' && session.outcome === null;

export function SessionsTable({
  caseId,
  sessions,
  loading,
  canRecord,
  onRecord,
  onOutcome,
  onReschedule,
  onCancel,
}: Props) {
  const { t, locale } = useI18n();
  const isPhone = useCardSize() === 'small';
  const { busy, download } = useDownload();

  const place = (session: MediationSession): ReactNode =>
    session.isOnline ? <Tag color="blue">{t('session.onlineYes')}</Tag> : session.place;
  const mediators = (session: MediationSession): ReactNode => (
    <Space size={4} wrap>
      {session.mediators.map((m) => (
        <span key={m.userId}>
          {m.name}
          {m.isLead && (
            <Tag color="purple" style={{ marginInlineStart: 4 }}>
              {t('session.lead')}
            </Tag>
          )}
        </span>
      ))}
    </Space>
  );
  const actions = (session: MediationSession): ReactNode => (
    <Space size={0} wrap>
      <RoomLinkButton caseId={caseId} session={session} />
      {canRecord && session.status !== 'cancelled' && (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onRecord(session)}>
          {t('session.record')}
        </Button>
      )}
      {canRecord && session.status !== 'cancelled' && (
        <Button type="link" size="small" icon={<FlagOutlined />} onClick={() => onOutcome(session)}>
          {t('session.setOutcome')}
        </Button>
      )}
      {canRecord && changeable(session) && (
        <Button type="link" size="small" icon={<FieldTimeOutlined />} onClick={() => onReschedule(session)}>
          {t('session.reschedule')}
        </Button>
      )}
      {canRecord && changeable(session) && (
        <Button
          type="link"
          size="small"
          danger
          icon={<CloseCircleOutlined />}
          onClick={() => onCancel(session)}
        >
          {t('session.cancel')}
        </Button>
      )}
      {asRecord(session.record) && (
        <Button
          type="link"
          size="small"
          icon={<DownloadOutlined />}
          loading={busy === session.id}
          onClick={() => void download(session.id, documentPaths.record(caseId, session.id))}
        >
          {t('session.downloadRecord')}
        </Button>
      )}
    </Space>
  );
  const state = (session: MediationSession) => (
    <Space size={4} wrap>
      <SessionStatusTag status={session.status} />
      <OutcomeTag outcome={session.outcome} />
    </Space>
  );

  if (isPhone) {
    if (sessions.length === 0 && !loading) return <div data-testid="session-list">{t('session.empty')}</div>;
    return (
      <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="session-list">
        {sessions.map((session) => (
          <Card
            key={session.id}
            size="small"
            type="inner"
            title={formatDateTime(session.startsAt, locale)}
            extra={state(session)}
          >
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'place', label: t('session.place'), children: place(session) },
                { key: 'mediators', label: t('session.mediators'), children: mediators(session) },
                ...(session.outcomeReason
                  ? [{ key: 'reason', label: t('outcome.failureReason'), children: session.outcomeReason }]
                  : []),
                ...(session.cancelReason
                  ? [{ key: 'cancel', label: t('session.cancelReason'), children: session.cancelReason }]
                  : []),
              ]}
            />
            {actions(session)}
          </Card>
        ))}
      </Space>
    );
  }

  const columns: TableColumnsType<MediationSession> = [
    {
      title: t('session.startsAt'),
      dataIndex: 'startsAt',
      width: 140,
      render: (value: string) => formatDateTime(value, locale),
    },
    { title: t('session.place'), key: 'place', width: 180, render: (_, s) => place(s) },
    { title: t('session.mediators'), key: 'mediators', render: (_, s) => mediators(s) },
    {
      title: t('session.state'),
      key: 'state',
      width: 150,
      render: (_, s) => (
        <>
          {state(s)}
          {(s.outcomeReason ?? s.cancelReason) && (
            <div style={{ color: 'rgba(0,0,0,0.45)' }}>{s.outcomeReason ?? s.cancelReason}</div>
          )}
        </>
      ),
    },
    { title: t('common.actions'), key: 'actions', width: 330, render: (_, s) => actions(s) },
  ];
  return (
    <Table<MediationSession>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...sessions]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('session.empty') }}
      scroll={{ x: 860 }}
      data-testid="session-list"
    />
  );
}
