/**
 * 调解工作台 on the case page (DESIGN.md §3, "一网办理"): for a case in progress or later, held within the
 * user's subtree — the sessions with their records and outcomes, a party's refusal, the agreements with
 * their terms and performance, the record of undisputed facts of a failed mediation, and judicial
 * confirmation. The case's status itself moves only through the case actions; recording an agreement or
 * a refusal moves it on the server.
 */
import { AuditOutlined, CalendarOutlined, FileDoneOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useCurrentUser } from '../../app/current-user.tsx';
import type { CaseView } from '../../features/cases/cases.api.ts';
import {
  WORKSPACE_STATUSES,
  mediationAccess,
  type MediationAccess,
} from '../../features/mediation/mediation-forms.ts';
import { useAgreements, useSessions, type MediationSession } from '../../features/mediation/mediation.api.ts';
import { useOrgs } from '../../features/orgs/orgs.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { AgreementModal } from './agreement-modal.tsx';
import { AgreementsCard } from './agreements-card.tsx';
import { JudicialCard } from './judicial-card.tsx';
import { ProblemAlert } from './mediation-ui.tsx';
import { RefusalModal, SessionOutcomeModal } from './outcome-modals.tsx';
import { SessionRecordModal } from './session-record-modal.tsx';
import { SessionCancelModal, SessionRescheduleModal } from './session-change-modals.tsx';
import { SessionScheduleModal } from './session-schedule-modal.tsx';
import { SessionsTable } from './sessions-table.tsx';
import { UndisputedFactsModal } from './undisputed-facts-modal.tsx';

/** Whether the case has reached the statuses in which the workspace may show (the holder is checked inside). */
export function showsMediationWorkspace(caseView: Pick<CaseView, 'status'>): boolean {
  return (WORKSPACE_STATUSES as readonly string[]).includes(caseView.status);
}

type Dialog = 'schedule' | 'agreement' | 'refusal' | 'undisputed';

function Toolbar({ access, onOpen }: { access: MediationAccess; onOpen: (dialog: Dialog) => void }) {
  const { t } = useI18n();
  if (!access.schedule && !access.agree && !access.refuse && !access.undisputedFacts) return null;
  return (
    <Space wrap size={8} style={{ marginBottom: 12 }}>
      {access.schedule && (
        <Button type="primary" icon={<CalendarOutlined />} onClick={() => onOpen('schedule')}>
          {t('session.schedule')}
        </Button>
      )}
      {access.agree && (
        <Button icon={<FileDoneOutlined />} onClick={() => onOpen('agreement')}>
          {t('agreement.create')}
        </Button>
      )}
      {access.undisputedFacts && (
        <Button icon={<AuditOutlined />} onClick={() => onOpen('undisputed')}>
          {t('undisputed.open')}
        </Button>
      )}
      {access.refuse && (
        <Button danger icon={<StopOutlined />} onClick={() => onOpen('refusal')}>
          {t('refusal.open')}
        </Button>
      )}
    </Space>
  );
}

export function MediationWorkspace({ caseView }: { caseView: CaseView }) {
  const { t } = useI18n();
  const cardSize = useCardSize();
  const me = useCurrentUser();
  const orgs = useOrgs();
  const visibleOrgIds = useMemo(() => new Set((orgs.data ?? []).map((org) => org.id)), [orgs.data]);
  const access = mediationAccess({
    status: caseView.status,
    currentOrgId: caseView.currentOrg.id,
    visibleOrgIds,
    roles: me.roles,
  });
  const sessions = useSessions(caseView.id, access.visible);
  const agreements = useAgreements(caseView.id, access.visible);
  const [dialog, setDialog] = useState<Dialog>();
  const [recording, setRecording] = useState<MediationSession>();
  const [closing, setClosing] = useState<MediationSession>();
  const [moving, setMoving] = useState<MediationSession>();
  const [cancelling, setCancelling] = useState<MediationSession>();
  const gap = cardSize === 'small' ? 8 : 16;

  if (!access.visible) return null;
  const sessionList = sessions.data ?? [];
  return (
    <Space orientation="vertical" size={gap} style={{ width: '100%' }} data-testid="mediation-workspace">
      <Card size={cardSize} title={t('mediation.workspace')}>
        <Toolbar access={access} onOpen={setDialog} />
        <ProblemAlert error={sessions.error} />
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('session.list')}
        </Typography.Title>
        <SessionsTable
          caseId={caseView.id}
          sessions={sessionList}
          loading={sessions.isPending}
          canRecord={access.record}
          onRecord={setRecording}
          onOutcome={setClosing}
          onReschedule={setMoving}
          onCancel={setCancelling}
        />
      </Card>
      <AgreementsCard
        caseView={caseView}
        agreements={agreements.data ?? []}
        loading={agreements.isPending}
        error={agreements.error}
        canCheck={access.checkTerms}
        canVoid={access.checkTerms}
      />
      <JudicialCard caseView={caseView} agreements={agreements.data ?? []} canWork={access.judicial} />
      <SessionScheduleModal
        caseView={caseView}
        open={dialog === 'schedule'}
        onClose={() => setDialog(undefined)}
      />
      <AgreementModal
        caseView={caseView}
        sessions={sessionList}
        open={dialog === 'agreement'}
        onClose={() => setDialog(undefined)}
      />
      <RefusalModal caseView={caseView} open={dialog === 'refusal'} onClose={() => setDialog(undefined)} />
      <UndisputedFactsModal
        caseView={caseView}
        sessions={sessionList}
        open={dialog === 'undisputed'}
        onClose={() => setDialog(undefined)}
      />
      <SessionRecordModal caseView={caseView} session={recording} onClose={() => setRecording(undefined)} />
      <SessionOutcomeModal caseView={caseView} session={closing} onClose={() => setClosing(undefined)} />
      <SessionRescheduleModal caseView={caseView} session={moving} onClose={() => setMoving(undefined)} />
      <SessionCancelModal caseView={caseView} session={cancelling} onClose={() => setCancelling(undefined)} />
    </Space>
  );
}
