/**
 * 记录笔录: the structured record of a session (调解笔录) — who came, each party's statement, the facts
 * found and the mediator's proposals. Saving again replaces the record; the server marks the session held.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Form, Input, Modal, Typography } from 'antd';
import { caseQueryKey, type CaseView } from '../../features/cases/cases.api.ts';
import {
  asRecord,
  recordFormValues,
  toRecordBody,
  type RecordFormValues,
} from '../../features/mediation/mediation-forms.ts';
import {
  mediationKey,
  recordSession,
  type MediationSession,
} from '../../features/mediation/mediation.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ProblemAlert, useOnOpen, usePartyLabel } from './mediation-ui.tsx';

const MAX_TEXT = 5000;

export function SessionRecordModal({
  caseView,
  session,
  onClose,
}: {
  caseView: CaseView;
  session: MediationSession | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const partyLabel = usePartyLabel();
  const [form] = Form.useForm<RecordFormValues>();

  useOnOpen(session?.id, () =>
    form.setFieldsValue(
      recordFormValues(
        caseView.parties.map((party) => party.id),
        asRecord(session?.record),
      ),
    ),
  );

  const save = useMutation({
    mutationFn: (values: RecordFormValues) =>
      recordSession(caseView.id, session?.id ?? '', toRecordBody(values)),
    onSuccess: () => {
      void message.success(t('record.saved'));
      void queryClient.invalidateQueries({ queryKey: mediationKey(caseView.id) });
      void queryClient.invalidateQueries({ queryKey: caseQueryKey(caseView.id) });
      onClose();
    },
  });

  return (
    <Modal
      open={session !== undefined}
      title={t('record.title')}
      width={720}
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
      <ProblemAlert error={save.error} />
      <Form
        form={form}
        name="session-record"
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
        data-testid="record-form"
      >
        <Typography.Title level={5}>{t('record.parties')}</Typography.Title>
        <Form.List name="parties">
          {(fields) =>
            fields.map((field) => {
              const party = caseView.parties[field.name];
              if (!party) return null;
              return (
                <div key={field.key} data-testid="record-party" style={{ marginBottom: 8 }}>
                  <Form.Item name={[field.name, 'partyId']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'present']}
                    valuePropName="checked"
                    style={{ marginBottom: 4 }}
                  >
                    <Checkbox>
                      <Typography.Text strong>{partyLabel(party)}</Typography.Text> · {t('record.present')}
                    </Checkbox>
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'statement']}
                    label={t('record.statementOf', { name: party.name })}
                  >
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={MAX_TEXT} />
                  </Form.Item>
                </div>
              );
            })
          }
        </Form.List>
        <Form.Item
          name="facts"
          label={t('record.facts')}
          rules={[{ required: true, whitespace: true, message: t('record.factsRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10000} />
        </Form.Item>
        <Form.Item name="proposals" label={t('record.proposals')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
