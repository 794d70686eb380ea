/**
 * 会商详情 (/consultations/:cid): when and where it meets, who convened it, the participants by role — the
 * "3" (judge, chief mediator, legal-aid lawyer) and the departments ("X") — with their attendance, the
 * minutes, and the tasks its decisions became. The convener (or a leader above) records the minutes or
 * cancels it; a task's owner marks it done. The server decides who may; the page only hides what a user
 * plainly cannot do.
 */
import { ArrowLeftOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isProblem } from '../../api/client.ts';
import { useCurrentUser } from '../../app/current-user.tsx';
import { useCase } from '../../features/cases/cases.api.ts';
import {
  PARTICIPANT_KINDS,
  useConsultation,
  type Consultation,
  type ConsultationParticipant,
} from '../../features/consultations/consultations.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { errorText } from '../mediation/mediation-ui.tsx';
import { CancelConsultationModal } from './cancel-consultation-modal.tsx';
import { ConsultationTasks } from './consultation-tasks.tsx';
import { ConsultationStatusTag } from './consultation-ui.tsx';
import { MinutesModal } from './minutes-modal.tsx';

function Attendee({ participant }: { participant: ConsultationParticipant }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap={false}>
      {participant.name}
      {participant.attended === true && <Tag color="success">{t('consultation.attended')}</Tag>}
      {participant.attended === false && <Tag>{t('consultation.absent')}</Tag>}
    </Space>
  );
}

function ParticipantsCard({ consultation }: { consultation: Consultation }) {
  const { t } = useI18n();
  const cardSize = useCardSize();
  const items = PARTICIPANT_KINDS.flatMap((kind) => {
    const people = consultation.participants.filter((p) => p.kind === kind);
    if (people.length === 0) return [];
    return [
      {
        key: kind,
        label: t(`consultation.kind.${kind}`),
        children: (
          <Space orientation="vertical" size={2}>
            {people.map((p) => (
              <Attendee key={p.id} participant={p} />
            ))}
          </Space>
        ),
      },
    ];
  });
  return (
    <Card size={cardSize} title={t('consultation.participants')} data-testid="consultation-participants">
      <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />
    </Card>
  );
}

export function ConsultationDetailPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const me = useCurrentUser();
  const { cid } = useParams();
  const query = useConsultation(cid);
  const caseQuery = useCase(query.data?.caseId);
  const cardSize = useCardSize();
  const gap = cardSize === 'small' ? 8 : 16;
  const [dialog, setDialog] = useState<'minutes' | 'cancel'>();

  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError)
    return (
      <Result
        status={isProblem(query.error, 'not-found') ? '404' : 'error'}
        title={errorText(i18n, query.error)}
        extra={
          <Link to="/consultations">
            <Button>{t('consultation.backToList')}</Button>
          </Link>
        }
      />
    );
  const consultation = query.data;
  const mayManage = consultation.convenedBy === me.id || me.roles.includes('leader');
  const isCancelled = consultation.status === 'cancelled';
  return (
    <Space orientation="vertical" size={gap} style={{ width: '100%' }}>
      <Card size={cardSize}>
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={8} align="center">
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="consultation-title">
              {consultation.title}
            </Typography.Title>
            <ConsultationStatusTag status={consultation.status} />
          </Space>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              {
                key: 'case',
                label: t('case.number'),
                children: (
                  <Link to={`/cases/${encodeURIComponent(consultation.caseId)}`}>
                    {caseQuery.data
                      ? `${caseQuery.data.number} ${caseQuery.data.subject}`
                      : t('consultation.openCase')}
                  </Link>
                ),
              },
              {
                key: 'at',
                label: t('consultation.scheduledAt'),
                children: formatDateTime(consultation.scheduledAt, locale),
              },
              { key: 'place', label: t('consultation.place'), children: consultation.place },
              { key: 'convener', label: t('consultation.convener'), children: consultation.convenedByName },
              ...(consultation.heldAt
                ? [
                    {
                      key: 'held',
                      label: t('consultation.heldAt'),
                      children: formatDateTime(consultation.heldAt, locale),
                    },
                  ]
                : []),
              ...(consultation.cancelReason
                ? [
                    {
                      key: 'reason',
                      label: t('consultation.cancelReason'),
                      children: consultation.cancelReason,
                    },
                  ]
                : []),
            ]}
          />
          <Space wrap size={8}>
            <Link to="/consultations">
              <Button icon={<ArrowLeftOutlined />}>{t('consultation.backToList')}</Button>
            </Link>
            {mayManage && !isCancelled && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setDialog('minutes')}>
                {consultation.minutes ? t('consultation.amendMinutes') : t('consultation.recordMinutes')}
              </Button>
            )}
            {mayManage && consultation.status === 'scheduled' && (
              <Button danger icon={<StopOutlined />} onClick={() => setDialog('cancel')}>
                {t('consultation.cancel')}
              </Button>
            )}
          </Space>
        </Space>
      </Card>
      <ParticipantsCard consultation={consultation} />
      <Card size={cardSize} title={t('consultation.minutes')}>
        {consultation.minutes ? (
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap', margin: 0 }}
            data-testid="consultation-minutes"
          >
            {consultation.minutes}
          </Typography.Paragraph>
        ) : (
          <Empty description={t('consultation.noMinutes')} />
        )}
      </Card>
      <Card size={cardSize} title={t('consultation.decisions')}>
        <ConsultationTasks tasks={consultation.tasks} showCase={false} />
      </Card>
      <MinutesModal
        consultation={consultation}
        open={dialog === 'minutes'}
        onClose={() => setDialog(undefined)}
      />
      <CancelConsultationModal
        consultationId={consultation.id}
        open={dialog === 'cancel'}
        onClose={() => setDialog(undefined)}
      />
    </Space>
  );
}
