/**
 * 系统设置 (/admin/settings): the intervals, in days after a case is resolved, at which follow-up visits
 * (回头看) fall due — 30 and 90 days unless the district admin sets others (up to six, 1–730 days each).
 * Only a district admin may change them; others read them.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, InputNumber, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { saveFollowupIntervals, useFollowupIntervals } from '../../features/mediation/followups.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { ProblemAlert } from '../mediation/mediation-ui.tsx';

const MAX_INTERVALS = 6;

export function SettingsPage() {
  const { t } = useI18n();
  const cardSize = useCardSize();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const intervals = useFollowupIntervals();
  const [form] = Form.useForm<{ days: (number | null)[] }>();

  useEffect(() => {
    if (intervals.data) form.setFieldsValue({ days: intervals.data.days });
  }, [intervals.data, form]);

  const save = useMutation({
    mutationFn: (days: number[]) => saveFollowupIntervals(days),
    onSuccess: (saved) => {
      queryClient.setQueryData(['settings', 'followup-intervals'], saved);
      void message.success(t('settings.saved'));
    },
  });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Card
        size={cardSize}
        title={t('settings.followupIntervals')}
        loading={intervals.isPending}
        style={{ maxWidth: 560 }}
      >
        <Typography.Paragraph type="secondary">{t('settings.followupIntervalsHelp')}</Typography.Paragraph>
        <ProblemAlert error={intervals.error ?? save.error} />
        <Form
          form={form}
          name="followup-intervals"
          layout="vertical"
          onFinish={({ days }) => save.mutate(days.filter((d): d is number => typeof d === 'number'))}
          data-testid="followup-intervals-form"
        >
          <Form.List name="days">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" size={8} style={{ width: '100%' }}>
                {fields.map((field, index) => (
                  <Space key={field.key} align="start">
                    <Form.Item
                      name={field.name}
                      noStyle
                      rules={[{ required: true, message: t('settings.dayRequired') }]}
                    >
                      <InputNumber
                        min={1}
                        max={730}
                        precision={0}
                        suffix={t('settings.days')}
                        aria-label={t('settings.intervalN', { index: index + 1 })}
                        style={{ width: 160 }}
                      />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('settings.removeInterval', { index: index + 1 })}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  disabled={fields.length >= MAX_INTERVALS}
                  onClick={() => add()}
                  style={{ width: 208 }}
                >
                  {t('settings.addInterval')}
                </Button>
              </Space>
            )}
          </Form.List>
          <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
