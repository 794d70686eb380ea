/**
 * 会商研判 on the case page: the case's "3+X" consultations (time, title, state, open tasks), each opening its
 * page, and 召集会商 for a leader while the case is open. Hidden when there are none and the user is not a
 * leader.
 */
import { TeamOutlined } from '@ant-design/icons';
import { Button, Card, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/current-user.tsx';
import type { CaseView } from '../../features/cases/cases.api.ts';
import { useCaseConsultations } from '../../features/consultations/consultations.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { ProblemAlert } from '../mediation/mediation-ui.tsx';
import { ConsultationStatusTag } from './consultation-ui.tsx';
import { ConveneModal } from './convene-modal.tsx';

/** Statuses in which the server refuses a consultation (the case is closed). */
const CLOSED_STATUSES = ['rejected', 'archived'];

export function CaseConsultationsCard({ caseView }: { caseView: CaseView }) {
  const { t, locale } = useI18n();
  const me = useCurrentUser();
  const cardSize = useCardSize();
  const list = useCaseConsultations(caseView.id);
  const [convening, setConvening] = useState(false);
  const items = list.data ?? [];
  const mayConvene = me.roles.includes('leader') && !CLOSED_STATUSES.includes(caseView.status);
  if (items.length === 0 && !mayConvene) return null;
  return (
    <Card
      size={cardSize}
      title={t('consultation.title')}
      data-testid="case-consultations"
      extra={
        mayConvene && (
          <Button icon={<TeamOutlined />} onClick={() => setConvening(true)}>
            {t('consultation.convene')}
          </Button>
        )
      }
    >
      <ProblemAlert error={list.error} />
      <List
        size="small"
        loading={list.isPending}
        dataSource={items}
        locale={{ emptyText: t('consultation.noneForCase') }}
        renderItem={(item) => (
          <List.Item>
            <Space wrap size={8}>
              <Typography.Text type="secondary">{formatDateTime(item.scheduledAt, locale)}</Typography.Text>
              <Link to={`/consultations/${encodeURIComponent(item.id)}`}>{item.title}</Link>
              <ConsultationStatusTag status={item.status} />
              {item.tasks.length > 0 && (
                <Typography.Text type="secondary">
                  {t('consultation.taskCount', {
                    open: item.tasks.filter((x) => x.status === 'open').length,
                    total: item.tasks.length,
                  })}
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
      {mayConvene && (
        <ConveneModal caseView={caseView} open={convening} onClose={() => setConvening(false)} />
      )}
    </Card>
  );
}
