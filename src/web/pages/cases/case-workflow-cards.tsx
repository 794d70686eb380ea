/**
 * The case page's work area (issue 4): the actions the user may take and the deadline bar side by side,
 * the proposed route while the case waits for dispatch, and its supervisions.
 */
import { Col, Row } from 'antd';
import { AWAITING_DISPATCH } from '../../features/cases/held-cases.ts';
import type { CaseView } from '../../features/cases/cases.api.ts';
import { CaseActionPanel } from './case-action-panel.tsx';
import { CaseDeadlineCard } from './case-deadline-card.tsx';
import { CaseRouteCard } from './case-route-card.tsx';
import { CaseConsultationsCard } from '../consultations/case-consultations-card.tsx';
import { PetitionCard } from '../petitions/petition-card.tsx';
import { CaseSupervisionCard } from './case-supervision-card.tsx';
import { CaseFeedbackCard } from './case-feedback-card.tsx';
import { useCardSize } from './use-card-size.ts';

export function CaseWorkflowCards({ caseView }: { caseView: CaseView }) {
  const gap = useCardSize() === 'small' ? 8 : 16;
  const awaitingDispatch = (AWAITING_DISPATCH as readonly string[]).includes(caseView.status);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap }}>
      <Row gutter={[gap, gap]}>
        <Col xs={24} lg={12}>
          <CaseActionPanel caseView={caseView} />
        </Col>
        <Col xs={24} lg={12}>
          <CaseDeadlineCard caseView={caseView} />
        </Col>
      </Row>
      {awaitingDispatch && <CaseRouteCard caseView={caseView} />}
      <CaseSupervisionCard caseView={caseView} />
      {caseView.channel === 'petition' && <PetitionCard caseView={caseView} />}
      <CaseConsultationsCard caseView={caseView} />
      <CaseFeedbackCard caseView={caseView} />
    </div>
  );
}
