/**
 * Changing one day of the district calendar: a holiday (放假), an adjusted working day (调休上班), or back
 * to the weekday rule (Monday–Friday work). Every open working-day deadline is recomputed by the server.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Radio, Typography } from 'antd';
import { useEffect } from 'react';
import { isProblem } from '../../api/client.ts';
import {
  CALENDAR_QUERY_KEY,
  clearCalendarDay,
  setCalendarDay,
  type CalendarDay,
  type CalendarKind,
} from '../../features/calendar/calendar.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';

export interface DayTarget {
  day: string;
  weekday: number;
  exception?: CalendarDay;
}

interface Values {
  kind: CalendarKind | 'default';
  name?: string;
}

export function CalendarDayModal({
  target,
  onClose,
}: {
  target: DayTarget | undefined;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t, tx } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);

  const save = useMutation({
    mutationFn: (values: Values): Promise<unknown> =>
      values.kind === 'default'
        ? clearCalendarDay(target!.day)
        : setCalendarDay(target!.day, values.kind, (values.name ?? '').trim()),
    onSuccess: () => {
      void message.success(t('workCalendar.saved'));
      void queryClient.invalidateQueries({ queryKey: CALENDAR_QUERY_KEY });
      onClose();
    },
  });

  const { reset } = save;
  useEffect(() => {
    if (!target) return;
    reset();
    form.resetFields();
    form.setFieldsValue({ kind: target.exception?.kind ?? 'default', name: target.exception?.name });
  }, [target, form, reset]);

  return (
    <Modal
      open={target !== undefined}
      title={
        target
          ? t('workCalendar.editTitle', {
              day: target.day,
              weekday: tx(`workCalendar.weekday.${target.weekday}`) ?? '',
            })
          : undefined
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      forceRender
    >
      {target?.exception && (
        <Typography.Paragraph type="secondary">
          {t(
            target.exception.source === 'official'
              ? 'workCalendar.sourceOfficial'
              : 'workCalendar.sourceAdmin',
          )}
        </Typography.Paragraph>
      )}
      {save.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={isProblem(save.error) ? problemText(i18n, save.error) : String(save.error)}
        />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={(values) => save.mutate(values)}>
        <Form.Item name="kind" label={t('workCalendar.kindLabel')}>
          <Radio.Group
            options={[
              { value: 'holiday', label: t('workCalendar.kind.holiday') },
              { value: 'workday', label: t('workCalendar.kind.workday') },
              { value: 'default', label: t('workCalendar.kind.default') },
            ]}
          />
        </Form.Item>
        {kind !== 'default' && (
          <Form.Item
            name="name"
            label={t('workCalendar.name')}
            rules={[{ required: true, whitespace: true, message: t('actionForm.required') }]}
          >
            <Input maxLength={40} placeholder={t('workCalendar.namePlaceholder')} />
          </Form.Item>
        )}
        <Typography.Text type="secondary">{t('workCalendar.recompute')}</Typography.Text>
      </Form>
    </Modal>
  );
}
