/**
 * 信访办理 on the case page of a petition (channel `petition`; 信访工作条例 2022 art. 35): the written replies
 * (答复意见书) with their .docx and the 30-day window to ask for a review, and the review (复查) and re-review
 * (复核) requests with their own windows, the decision's due time (the clock each request starts) and the
 * decision. The acceptance, handling and extension clocks are in the deadline card above, not repeated.
 */
import { DownloadOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useCurrentUser } from '../../app/current-user.tsx';
import type { CaseView } from '../../features/cases/cases.api.ts';
import { useCaseTimers } from '../../features/deadlines/deadlines.api.ts';
import { petitionAccess } from '../../features/linkage/petition-access.ts';
import {
  REVIEW_TIMER_KINDS,
  petitionPaths,
  usePetitionReplies,
  usePetitionReviews,
  type PetitionReply,
  type PetitionReview,
} from '../../features/linkage/linkage.api.ts';
import { useOrgs } from '../../features/orgs/orgs.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { ProblemAlert, useDownload } from '../mediation/mediation-ui.tsx';
import { ReplyModal, ReviewDecisionModal, ReviewRequestModal } from './petition-modals.tsx';

function DecisionTag({ decision }: { decision: string | null }) {
  const { t, tx } = useI18n();
  if (!decision) return <Tag color="processing">{t('petition.pending')}</Tag>;
  return (
    <Tag color={decision === 'upheld' ? 'default' : 'warning'}>
      {tx(`petition.decision.${decision}`) ?? decision}
    </Tag>
  );
}

function ReplyItem({ caseId, reply }: { caseId: string; reply: PetitionReply }) {
  const { t } = useI18n();
  const { busy, download } = useDownload();
  return (
    <Card
      size="small"
      type="inner"
      data-testid="petition-reply"
      title={
        <Space wrap size={8}>
          <FileTextOutlined />
          {reply.number}
        </Space>
      }
      extra={
        <Button
          size="small"
          icon={<DownloadOutlined />}
          loading={busy === reply.id}
          onClick={() => void download(reply.id, petitionPaths.replyDocument(caseId, reply.id))}
        >
          {t('petition.download')}
        </Button>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'issuer', label: t('petition.issuer'), children: reply.issuer.name },
          { key: 'on', label: t('petition.repliedOn'), children: reply.repliedOn },
          { key: 'window', label: t('petition.reviewWindow'), children: reply.reviewWindowEndsOn },
          { key: 'body', label: t('petition.reviewBody'), children: reply.reviewBody },
          {
            key: 'opinion',
            label: t('petition.opinion'),
            span: 'filled',
            children: <div style={{ whiteSpace: 'pre-wrap' }}>{reply.opinion}</div>,
          },
        ]}
      />
    </Card>
  );
}

export function PetitionCard({ caseView }: { caseView: CaseView }) {
  const { t, tx, locale } = useI18n();
  const cardSize = useCardSize();
  const me = useCurrentUser();
  const orgs = useOrgs();
  const replies = usePetitionReplies(caseView.id);
  const reviews = usePetitionReviews(caseView.id);
  const timers = useCaseTimers(caseView.id);
  const [writing, setWriting] = useState(false);
  const [requesting, setRequesting] = useState<'review' | 'rereview'>();
  const [deciding, setDeciding] = useState<PetitionReview>();
  const visibleOrgIds = useMemo(() => new Set((orgs.data ?? []).map((org) => org.id)), [orgs.data]);
  const replyItems = replies.data ?? [];
  const reviewItems = reviews.data ?? [];
  const access = petitionAccess({
    status: caseView.status,
    currentOrgId: caseView.currentOrg.id,
    visibleOrgIds,
    roles: me.roles,
    replies: replyItems,
    reviews: reviewItems,
  });
  /** When the deciding body's answer is due: the clock the request started (still running or not). */
  const decisionDue = (review: PetitionReview) =>
    (timers.data?.items ?? [])
      .filter((timer) => timer.kind === REVIEW_TIMER_KINDS[review.level as 'review'])
      .at(-1);
  const defaultBody =
    requesting === 'rereview'
      ? (reviewItems.filter((r) => r.level === 'review').at(-1)?.body ?? '')
      : (replyItems.at(-1)?.reviewBody ?? '');

  return (
    <Card
      size={cardSize}
      title={t('petition.title')}
      data-testid="petition-card"
      extra={
        <Space wrap size={8}>
          {access.reply && (
            <Button type="primary" ghost onClick={() => setWriting(true)}>
              {t('petition.writeReply')}
            </Button>
          )}
          {access.review && (
            <Button onClick={() => setRequesting('review')}>{t('petition.requestReview')}</Button>
          )}
          {access.rereview && (
            <Button onClick={() => setRequesting('rereview')}>{t('petition.requestRereview')}</Button>
          )}
        </Space>
      }
    >
      <ProblemAlert error={replies.error ?? reviews.error} />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('petition.replies')}
      </Typography.Title>
      {replyItems.length === 0 && !replies.isPending && (
        <Empty description={t('petition.noReply')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {replyItems.map((reply) => (
          <ReplyItem key={reply.id} caseId={caseView.id} reply={reply} />
        ))}
      </Space>
      {reviewItems.length > 0 && (
        <>
          <Typography.Title level={5}>{t('petition.reviews')}</Typography.Title>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {reviewItems.map((review) => {
              const clock = decisionDue(review);
              return (
                <Card
                  key={review.id}
                  size="small"
                  type="inner"
                  data-testid="petition-review"
                  title={
                    <Space wrap size={8}>
                      {tx(`petition.level.${review.level}`) ?? review.level}
                      <DecisionTag decision={review.decision} />
                    </Space>
                  }
                  extra={
                    access.decide &&
                    !review.decision && (
                      <Button size="small" onClick={() => setDeciding(review)}>
                        {t('petition.recordDecision')}
                      </Button>
                    )
                  }
                >
                  <Descriptions
                    size="small"
                    column={{ xs: 1, md: 2, xl: 3 }}
                    items={[
                      { key: 'body', label: t('petition.reviewingBody'), children: review.body },
                      { key: 'requested', label: t('petition.requestedOn'), children: review.requestedOn },
                      { key: 'window', label: t('petition.requestWindow'), children: review.windowEndsOn },
                      ...(clock
                        ? [
                            {
                              key: 'due',
                              label: t('petition.decisionDue'),
                              children: formatDateTime(clock.dueAt, locale),
                            },
                          ]
                        : []),
                      ...(review.decidedOn
                        ? [{ key: 'decided', label: t('petition.decidedOn'), children: review.decidedOn }]
                        : []),
                      ...(review.decisionNote
                        ? [
                            {
                              key: 'note',
                              label: t('petition.decisionNote'),
                              span: 'filled' as const,
                              children: review.decisionNote,
                            },
                          ]
                        : []),
                    ]}
                  />
                </Card>
              );
            })}
          </Space>
        </>
      )}
      <ReplyModal caseId={caseView.id} open={writing} onClose={() => setWriting(false)} />
      <ReviewRequestModal
        caseId={caseView.id}
        level={requesting}
        defaultBody={defaultBody}
        onClose={() => setRequesting(undefined)}
      />
      <ReviewDecisionModal caseId={caseView.id} review={deciding} onClose={() => setDeciding(undefined)} />
    </Card>
  );
}
