/**
 * 司法确认 on the case page (人民调解法 art. 33; 民事诉讼法 arts. 205–206): after a written agreement the
 * parties may jointly apply to a court within 30 days of it taking effect. The card shows that window,
 * each application with the court's acceptance and decision, and the joint application form (.docx).
 */
import { AuditOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Space, Tag } from 'antd';
import { useState } from 'react';
import type { CaseView } from '../../features/cases/cases.api.ts';
import { useCaseJudicial, type JudicialConfirmation } from '../../features/mediation/followups.api.ts';
import { daysUntil, judicialWindowEnd, shanghaiDay } from '../../features/mediation/mediation-dates.ts';
import { documentPaths, type Agreement } from '../../features/mediation/mediation.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { AcceptanceModal, ApplyModal, DecisionModal } from './judicial-modals.tsx';
import { ProblemAlert, useDownload } from './mediation-ui.tsx';

const COURT_CLOCKS = ['judicial_confirmation', 'court_acceptance', 'court_decision'];

export function DecisionTag({ decision }: { decision: string | null }) {
  const { t, tx } = useI18n();
  if (!decision) return <Tag color="processing">{t('judicial.pending')}</Tag>;
  return (
    <Tag color={decision === 'confirmed' ? 'success' : 'error'}>
      {tx(`judicial.decision.${decision}`) ?? decision}
    </Tag>
  );
}

export function JudicialCard({
  caseView,
  agreements,
  canWork,
}: {
  caseView: CaseView;
  agreements: readonly Agreement[];
  canWork: boolean;
}) {
  const { t, tx, locale } = useI18n();
  const cardSize = useCardSize();
  const written = agreements.filter((a) => a.form === 'written' && !a.voidedAt);
  const list = useCaseJudicial(caseView.id, written.length > 0);
  const { busy, download } = useDownload();
  const [applying, setApplying] = useState(false);
  const [accepting, setAccepting] = useState<JudicialConfirmation>();
  const [deciding, setDeciding] = useState<JudicialConfirmation>();
  if (written.length === 0) return null;

  const today = shanghaiDay(new Date().toISOString()) ?? '';
  const windowEnd = judicialWindowEnd(written.at(-1)!.effectiveOn);
  const left = daysUntil(windowEnd, today);
  const clock = caseView.deadline && COURT_CLOCKS.includes(caseView.deadline.kind) ? caseView.deadline : null;
  const items = list.data ?? [];
  // A new application only when none is pending or confirmed (a refusal may be followed by another).
  const canApply = canWork && !items.some((item) => item.decision !== 'not_confirmed');

  return (
    <Card
      size={cardSize}
      title={t('judicial.title')}
      data-testid="judicial-card"
      extra={
        canApply && (
          <Button icon={<AuditOutlined />} onClick={() => setApplying(true)}>
            {t('judicial.apply')}
          </Button>
        )
      }
    >
      <ProblemAlert error={list.error} />
      <Alert
        type={left < 0 ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 12 }}
        data-testid="judicial-window"
        title={
          left < 0
            ? t('judicial.windowClosed', { day: windowEnd })
            : t('judicial.window', { day: windowEnd, days: left })
        }
        description={
          clock
            ? t('judicial.clock', {
                kind: tx(`judicial.clock.${clock.kind}`) ?? clock.kind,
                at: formatDateTime(clock.dueAt, locale),
              })
            : undefined
        }
      />
      {items.length === 0 && !list.isPending && <Empty description={t('judicial.empty')} />}
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {items.map((item) => (
          <Card
            key={item.id}
            size="small"
            type="inner"
            data-testid="judicial-item"
            title={
              <Space wrap size={8}>
                {item.court}
                <DecisionTag decision={item.decision} />
              </Space>
            }
          >
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
              items={[
                { key: 'applied', label: t('judicial.appliedOn'), children: item.appliedOn },
                { key: 'deadline', label: t('judicial.deadline'), children: item.windowEndsOn },
                { key: 'accepted', label: t('judicial.acceptedOn'), children: item.acceptedOn ?? '—' },
                {
                  key: 'number',
                  label: t('judicial.courtCaseNumber'),
                  children: item.courtCaseNumber ?? '—',
                },
                { key: 'decided', label: t('judicial.decidedOn'), children: item.decidedOn ?? '—' },
                ...(item.decisionReason
                  ? [{ key: 'reason', label: t('judicial.reason'), children: item.decisionReason }]
                  : []),
                ...(item.nextStep
                  ? [
                      {
                        key: 'next',
                        label: t('judicial.nextStep'),
                        children: t(`judicial.nextStep.${item.nextStep}`),
                      },
                    ]
                  : []),
              ]}
            />
            <Space wrap size={8} style={{ marginTop: 8 }}>
              {canWork && !item.acceptedOn && !item.decision && (
                <Button size="small" onClick={() => setAccepting(item)}>
                  {t('judicial.accept')}
                </Button>
              )}
              {canWork && !item.decision && (
                <Button size="small" onClick={() => setDeciding(item)}>
                  {t('judicial.decide')}
                </Button>
              )}
              <Button
                size="small"
                icon={<DownloadOutlined />}
                loading={busy === item.id}
                onClick={() =>
                  void download(item.id, documentPaths.judicialApplication(caseView.id, item.id))
                }
              >
                {t('judicial.downloadApplication')}
              </Button>
            </Space>
          </Card>
        ))}
      </Space>
      <ApplyModal
        caseId={caseView.id}
        agreements={agreements}
        open={applying}
        onClose={() => setApplying(false)}
      />
      <AcceptanceModal
        caseId={caseView.id}
        confirmation={accepting}
        onClose={() => setAccepting(undefined)}
      />
      <DecisionModal caseId={caseView.id} confirmation={deciding} onClose={() => setDeciding(undefined)} />
    </Card>
  );
}
