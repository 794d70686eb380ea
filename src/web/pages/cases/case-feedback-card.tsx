/**
 * 来访与回访 on the case page (issue 6): the visits in person so far (跑动次数) with a one-click “登记来访”
 * (optionally naming who came), and once the case is resolved, the parties' ratings and “回访评价” to record
 * one taken on a return call. Hidden from users without a role that meets citizens (admin only).
 */
import {
  Button,
  Card,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Select,
  Space,
  Statistic,
  Tag,
  Typography,
  App,
} from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../app/current-user.tsx';
import { isProblem } from '../../api/client.ts';
import type { CaseView } from '../../features/cases/cases.api.ts';
import {
  FEEDBACK_ROLES,
  RATABLE_STATUSES,
  useCaseRatings,
  useRecordRating,
  useRecordVisit,
  type RatingValue,
} from '../../features/feedback/feedback.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { useCardSize } from './use-card-size.ts';

const RATING_VALUES: RatingValue[] = ['satisfied', 'basically_satisfied', 'dissatisfied'];
const RATING_COLORS: Record<RatingValue, string> = {
  satisfied: 'green',
  basically_satisfied: 'blue',
  dissatisfied: 'red',
};

function RatingModal({ caseView, onClose }: { caseView: CaseView; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const record = useRecordRating(caseView.id);
  const [form] = Form.useForm<{ partyId: string; rating: RatingValue; comment?: string }>();
  const save = async () => {
    const values = await form.validateFields();
    try {
      await record.mutateAsync({ ...values, comment: values.comment?.trim() || undefined });
      message.success(t('feedback.rated'));
      onClose();
    } catch (error) {
      message.error(isProblem(error) ? problemText(i18n, error) : String(error));
    }
  };
  return (
    <Modal
      open
      title={t('feedback.rateTitle')}
      onCancel={onClose}
      onOk={() => void save().catch(() => undefined)}
      confirmLoading={record.isPending}
    >
      <Form form={form} layout="vertical" data-testid="feedback-rating-form">
        <Form.Item
          name="partyId"
          label={t('feedback.party')}
          rules={[{ required: true, message: t('feedback.partyRequired') }]}
        >
          <Select options={caseView.parties.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="rating" label={t('feedback.rating')} rules={[{ required: true }]}>
          <Radio.Group options={RATING_VALUES.map((value) => ({ value, label: t(`rating.${value}`) }))} />
        </Form.Item>
        <Form.Item name="comment" label={t('feedback.comment')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Ratings({ caseView }: { caseView: CaseView }) {
  const { t, locale } = useI18n();
  const ratings = useCaseRatings(caseView.id).data?.items ?? [];
  return (
    <List
      size="small"
      header={<Typography.Text strong>{t('feedback.ratings')}</Typography.Text>}
      locale={{ emptyText: t('feedback.noRatings') }}
      dataSource={ratings}
      data-testid="feedback-ratings"
      renderItem={(r) => (
        <List.Item>
          <Space wrap size={6}>
            <Tag color={RATING_COLORS[r.rating]}>{t(`rating.${r.rating}`)}</Tag>
            <span>{r.partyName}</span>
            <Typography.Text type="secondary">
              {t(r.source === 'portal' ? 'feedback.source.portal' : 'feedback.source.staff')} ·{' '}
              {formatDateTime(r.createdAt, locale)}
            </Typography.Text>
            {r.comment && <span>{r.comment}</span>}
          </Space>
        </List.Item>
      )}
    />
  );
}

export function CaseFeedbackCard({ caseView }: { caseView: CaseView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const me = useCurrentUser();
  const size = useCardSize();
  const recordVisit = useRecordVisit(caseView.id);
  const [partyId, setPartyId] = useState<string | undefined>();
  const [rating, setRating] = useState(false);
  if (!me.roles.some((r) => FEEDBACK_ROLES.includes(r))) return null;
  const ratable = RATABLE_STATUSES.includes(caseView.status);
  const visit = () =>
    recordVisit.mutate(
      { partyId },
      {
        onSuccess: (r) => message.success(t('feedback.visitRecorded', { count: r.visits })),
        onError: (e) => message.error(isProblem(e) ? problemText(i18n, e) : String(e)),
      },
    );
  return (
    <Card size={size} title={t('feedback.title')} data-testid="case-feedback-card">
      <Space wrap align="center" size={16}>
        <Statistic title={t('feedback.visits')} value={caseView.visits} data-testid="case-visit-count" />
        <Select
          allowClear
          style={{ minWidth: 140 }}
          placeholder={t('feedback.visitParty')}
          value={partyId}
          onChange={setPartyId}
          options={caseView.parties.map((p) => ({ value: p.id, label: p.name }))}
        />
        <Button type="primary" onClick={visit} loading={recordVisit.isPending} data-testid="record-visit">
          {t('feedback.recordVisit')}
        </Button>
        {ratable && (
          <Button onClick={() => setRating(true)} data-testid="record-rating">
            {t('feedback.rate')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('feedback.visitsHint')}
      </Typography.Paragraph>
      {ratable && <Ratings caseView={caseView} />}
      {rating && <RatingModal caseView={caseView} onClose={() => setRating(false)} />}
    </Card>
  );
}
