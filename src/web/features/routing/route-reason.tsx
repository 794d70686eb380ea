/**
 * "Why this route" (issue 4): the proposal's sentence, and behind "为什么" the conditions of the chosen rule
 * that held and the rules tried before it, each with the condition that failed. The server writes these
 * texts in Chinese.
 */
import { CheckCircleTwoTone, CloseCircleTwoTone, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Empty, Popover, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { RouteExplanation } from './routing.api.ts';

type Skipped = RouteExplanation['skipped'][number];

/** The matched conditions and the skipped rules, as lists. */
export function ExplanationDetail({
  matched,
  skipped,
  maxWidth,
}: {
  matched: RouteExplanation['matched'];
  skipped: readonly Skipped[];
  /** Keeps a popover narrow; unset in a page. */
  maxWidth?: number;
}) {
  const { t } = useI18n();
  return (
    <div style={{ maxWidth }} data-testid="route-why-detail">
      <Typography.Text strong>{t('route.matched')}</Typography.Text>
      {matched.length === 0 ? (
        <div>
          <Typography.Text type="secondary">{t('route.matchedNone')}</Typography.Text>
        </div>
      ) : (
        <ul style={{ paddingInlineStart: 18, margin: '4px 0 8px' }}>
          {matched.map((check, index) => (
            <li key={`${check.condition}-${index}`} style={{ listStyle: 'none', marginInlineStart: -18 }}>
              <CheckCircleTwoTone twoToneColor="#52c41a" style={{ marginInlineEnd: 6 }} />
              {check.textZh}
            </li>
          ))}
        </ul>
      )}
      <Typography.Text strong>{t('route.skipped')}</Typography.Text>
      {skipped.length === 0 ? (
        <div>
          <Typography.Text type="secondary">{t('route.skippedNone')}</Typography.Text>
        </div>
      ) : (
        <ul style={{ paddingInlineStart: 18, margin: '4px 0 0' }}>
          {skipped.map((rule) => (
            <li key={rule.ruleId} style={{ listStyle: 'none', marginInlineStart: -18 }}>
              <CloseCircleTwoTone twoToneColor="#bfbfbf" style={{ marginInlineEnd: 6 }} />
              <Typography.Text type="secondary">{rule.ruleName}：</Typography.Text>
              {rule.failed.textZh}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The proposal's reason with a "为什么" button opening the details. */
export function RouteReason({ explanation }: { explanation: RouteExplanation }) {
  const { t } = useI18n();
  return (
    <div data-testid="route-reason">
      <Typography.Text style={{ fontSize: 13 }}>{explanation.sentenceZh}</Typography.Text>
      <Popover
        trigger="click"
        title={t('route.whyTitle')}
        content={
          explanation.matched.length || explanation.skipped.length ? (
            <ExplanationDetail matched={explanation.matched} skipped={explanation.skipped} maxWidth={420} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          )
        }
      >
        <Button type="link" size="small" icon={<QuestionCircleOutlined />} style={{ paddingInline: 4 }}>
          {t('route.why')}
        </Button>
      </Popover>
    </div>
  );
}
