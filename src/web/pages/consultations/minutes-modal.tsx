/**
 * 会商纪要: the convener (or a leader above) records who came, the minutes and the decisions; each new
 * decision becomes a task with an owner organisation (and optionally a person of it) and a due day.
 * Recording again amends the minutes and adds decisions; tasks already made are kept (the server never
 * removes them here), so the form lists them read-only and asks only for new ones.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  List,
  Modal,
  Row,
  Select,
  Typography,
} from 'antd';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { OrgTreeSelect } from '../../components/org-tree-select.tsx';
import {
  minutesPathOfPointer,
  toMinutesBody,
  type MinutesFormValues,
} from '../../features/consultations/consultation-form.ts';
import {
  recordMinutes,
  useOrgStaff,
  type Consultation,
} from '../../features/consultations/consultations.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ProblemAlert, showFieldErrors, useOnOpen } from '../mediation/mediation-ui.tsx';
import { taskOwner, useConsultationRefresh } from './consultation-ui.tsx';

function OwnerUserSelect({ form, row }: { form: FormInstance<MinutesFormValues>; row: number }) {
  const { t } = useI18n();
  const orgId = Form.useWatch(['decisions', row, 'ownerOrgId'], form) as string | undefined;
  const staff = useOrgStaff(orgId);
  return (
    <Form.Item name={[row, 'ownerUserId']} label={t('consultationTask.ownerUser')}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        disabled={!orgId}
        loading={staff.isFetching}
        placeholder={t('consultationTask.ownerUserPlaceholder')}
        options={(staff.data ?? []).map((m) => ({ value: m.id, label: `${m.displayName}（${m.orgName}）` }))}
      />
    </Form.Item>
  );
}

function DecisionRows({ form }: { form: FormInstance<MinutesFormValues> }) {
  const { t } = useI18n();
  return (
    <Form.List name="decisions">
      {(fields, { add, remove }) => (
        <>
          {fields.map(({ key, name }) => (
            <Card
              key={key}
              size="small"
              type="inner"
              style={{ marginBottom: 12 }}
              title={t('consultation.decisionN', { n: name + 1 })}
              extra={
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => remove(name)}
                />
              }
              data-testid="decision-row"
            >
              <Form.Item
                name={[name, 'content']}
                label={t('consultationTask.content')}
                rules={[{ required: true, whitespace: true, message: t('consultation.decisionRequired') }]}
              >
                <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} md={9}>
                  <Form.Item
                    name={[name, 'ownerOrgId']}
                    label={t('consultationTask.ownerOrg')}
                    rules={[{ required: true, message: t('consultation.ownerRequired') }]}
                  >
                    <OrgTreeSelect aria-label={t('consultationTask.ownerOrg')} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <OwnerUserSelect form={form} row={name} />
                </Col>
                <Col xs={24} md={7}>
                  <Form.Item
                    name={[name, 'dueOn']}
                    label={t('consultationTask.dueOn')}
                    rules={[{ required: true, message: t('consultation.dueRequired') }]}
                  >
                    <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})}>
            {t('consultation.addDecision')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

export function MinutesModal({
  consultation,
  open,
  onClose,
}: {
  consultation: Consultation;
  open: boolean;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t, tx } = i18n;
  const { message } = App.useApp();
  const refresh = useConsultationRefresh();
  const [form] = Form.useForm<MinutesFormValues>();
  const [onFields, setOnFields] = useState(false);
  useOnOpen(open, () =>
    form.setFieldsValue({
      minutes: consultation.minutes ?? '',
      attendedIds: consultation.participants.filter((p) => p.attended !== false).map((p) => p.id),
      decisions: consultation.tasks.length === 0 ? [{}] : [],
    }),
  );
  const save = useMutation({
    mutationFn: (values: MinutesFormValues) =>
      recordMinutes(
        consultation.id,
        toMinutesBody(
          values,
          consultation.participants.map((p) => p.id),
        ),
      ),
    onSuccess: (result) => {
      void message.success(t('consultation.minutesSaved', { count: result.addedTaskIds.length }));
      refresh();
      form.resetFields();
      onClose();
    },
    onError: (error) => setOnFields(showFieldErrors(i18n, form, error, minutesPathOfPointer)),
  });
  return (
    <Modal
      open={open}
      width={820}
      title={t('consultation.recordMinutes')}
      onCancel={() => {
        save.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      forceRender
    >
      <ProblemAlert error={save.error} shownOnFields={onFields} />
      <Form form={form} name="consultation-minutes" layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="attendedIds" label={t('consultation.attendance')}>
          <Checkbox.Group
            options={consultation.participants.map((p) => ({
              value: p.id,
              label: `${tx(`consultation.kind.${p.kind}`) ?? p.kind} ${p.name}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="minutes"
          label={t('consultation.minutes')}
          rules={[{ required: true, whitespace: true, message: t('consultation.minutesRequired') }]}
        >
          <Input.TextArea maxLength={20000} showCount autoSize={{ minRows: 4, maxRows: 12 }} />
        </Form.Item>
        {consultation.tasks.length > 0 && (
          <>
            <Typography.Text strong>{t('consultation.existingDecisions')}</Typography.Text>
            <List
              size="small"
              style={{ marginBottom: 12 }}
              dataSource={consultation.tasks}
              renderItem={(task) => (
                <List.Item>
                  {task.content} — {taskOwner(task)} · {task.dueOn}
                </List.Item>
              )}
            />
          </>
        )}
        <Typography.Paragraph strong style={{ marginBottom: 8 }}>
          {t('consultation.newDecisions')}
        </Typography.Paragraph>
        <DecisionRows form={form} />
      </Form>
    </Modal>
  );
}
