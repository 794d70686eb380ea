/**
 * The citizen's rating of a resolved case (满意 / 基本满意 / 不满意, with a comment), once per resolution.
 */
import { App, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { isProblem } from '../api/client.ts';
import {
  ratePortalCase,
  type PortalCaseView,
  type PortalProof,
  type RatingValue,
} from '../features/portal/portal.api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { problemText } from '../i18n/problem-text.ts';

export const RATING_VALUES: RatingValue[] = ['satisfied', 'basically_satisfied', 'dissatisfied'];

export function PortalRatingCard(props: { view: PortalCaseView; proof: PortalProof; onRated: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const given = props.view.rating.given;
  if (!given && !props.view.rating.canRate) return null;
  const send = async (values: { rating: RatingValue; comment?: string }) => {
    setBusy(true);
    try {
      await ratePortalCase(props.proof, values.rating, values.comment?.trim() || undefined);
      message.success(t('portal.rating.thanks'));
      props.onRated();
    } catch (error) {
      message.error(isProblem(error) ? problemText(i18n, error) : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('portal.rating.title')}>
      {given ? (
        <div data-testid="portal-rating-given">
          <Typography.Text strong>
            {t('portal.rating.given', { rating: t(`rating.${given.rating}`) })}
          </Typography.Text>
          {given.comment && (
            <Typography.Paragraph style={{ margin: '4px 0 0' }}>{given.comment}</Typography.Paragraph>
          )}
        </div>
      ) : (
        <Form layout="vertical" onFinish={send} data-testid="portal-rating-form" requiredMark={false}>
          <Form.Item name="rating" rules={[{ required: true, message: t('portal.rating.required') }]}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              size="large"
              options={RATING_VALUES.map((value) => ({ value, label: t(`rating.${value}`) }))}
            />
          </Form.Item>
          <Form.Item name="comment" label={t('portal.rating.comment')}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block size="large">
            {t('portal.rating.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
