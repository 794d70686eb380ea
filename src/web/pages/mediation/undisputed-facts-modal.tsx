/**
 * 无争议事实确认书 of a failed mediation: the facts both parties accept and the matters still in dispute,
 * each as a list, with the reason the mediation failed; the server generates the Word document (audited)
 * and it downloads at once. Nothing is stored: the document is made from what is entered here.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Space } from 'antd';
import type { CaseView } from '../../features/cases/cases.api.ts';
import { documentPaths, type MediationSession } from '../../features/mediation/mediation.api.ts';
import type { MessageKey } from '../../i18n/zh-CN.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useDownload, useOnOpen } from './mediation-ui.tsx';

interface Values {
  undisputedFacts?: string[];
  disputedMatters?: string[];
  failureReason?: string;
}

const items = (list: string[] | undefined) => (list ?? []).map((item) => item?.trim()).filter(Boolean);

function ItemList({ name, label, required }: { name: string; label: MessageKey; required: boolean }) {
  const { t } = useI18n();
  return (
    <Form.Item label={t(label)} required={required} style={{ marginBottom: 8 }}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid={`list-${name}`}>
            {fields.map((field, index) => (
              <Space.Compact key={field.key} style={{ width: '100%' }}>
                <Form.Item
                  name={field.name}
                  noStyle
                  rules={
                    required && index === 0
                      ? [{ required: true, whitespace: true, message: t('undisputed.factRequired') }]
                      : []
                  }
                >
                  <Input.TextArea
                    aria-label={`${t(label)} ${index + 1}`}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    maxLength={2000}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('undisputed.remove')}
                  disabled={fields.length === 1}
                  onClick={() => remove(field.name)}
                />
              </Space.Compact>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add('')}>
              {t('undisputed.add')}
            </Button>
          </Space>
        )}
      </Form.List>
    </Form.Item>
  );
}

export function UndisputedFactsModal({
  caseView,
  sessions,
  open,
  onClose,
}: {
  caseView: CaseView;
  sessions: readonly MediationSession[];
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { busy, download } = useDownload();

  useOnOpen(open, () => {
    const failed = sessions.filter((session) => session.outcome === 'failed').at(-1);
    form.setFieldsValue({
      undisputedFacts: [''],
      disputedMatters: [''],
      failureReason: failed?.outcomeReason ?? '',
    });
  });

  const submit = async (values: Values) => {
    const failureReason = values.failureReason?.trim();
    const done = await download('undisputed', documentPaths.undisputedFacts(caseView.id), {
      undisputedFacts: items(values.undisputedFacts),
      disputedMatters: items(values.disputedMatters),
      ...(failureReason ? { failureReason } : {}),
    });
    if (done) onClose();
  };

  return (
    <Modal
      open={open}
      title={t('undisputed.title')}
      width={720}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('undisputed.download')}
      cancelText={t('common.cancel')}
      confirmLoading={busy === 'undisputed'}
      forceRender
    >
      <Form form={form} name="undisputed" layout="vertical" onFinish={(values) => void submit(values)}>
        <ItemList name="undisputedFacts" label="undisputed.facts" required />
        <ItemList name="disputedMatters" label="undisputed.disputed" required={false} />
        <Form.Item name="failureReason" label={t('undisputed.failureReason')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
