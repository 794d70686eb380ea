/**
 * 案件登记 (一窗受理, DESIGN.md §3–4): one form for every channel. The browser checks what it can while
 * the user types; the server checks everything again and its errors are shown on the fields their
 * pointers name. Attachments wait in the browser until the case exists, then go up with it; the user
 * lands on the printable receipt.
 */
import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Grid } from 'antd';
import { Row, Select, Space, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isProblem } from '../../api/client.ts';
import { useCurrentUser } from '../../app/current-user.tsx';
import { formPathOfPointer, toRegisterBody, type CaseFormValues } from '../../features/cases/case-form.ts';
import { FLAGS, PETITION_TYPES, REGISTRABLE_CHANNELS, RISKS } from '../../features/cases/case-options.ts';
import {
  CASES_QUERY_KEY,
  caseQueryKey,
  registerCase,
  uploadAttachments,
} from '../../features/cases/cases.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { fieldErrorText, problemText } from '../../i18n/problem-text.ts';
import {
  AmountField,
  CategoryField,
  DescriptionField,
  PeopleInvolvedField,
  SubjectField,
} from './case-basic-fields.tsx';
import { CasePlaceFields } from './case-place-fields.tsx';
import { PartyEditor } from './party-editor.tsx';
import { uploadProblemText } from './upload-problem.ts';
import { useCardSize } from './use-card-size.ts';

const MAX_FILES = 10;
const ACCEPT = 'image/*,.heic,.pdf,.doc,.docx,audio/*,.amr,.m4a';

export function CaseRegisterPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useCurrentUser();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const isWide = screens.md !== false;
  const cardSize = useCardSize();
  const [form] = Form.useForm<CaseFormValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [formError, setFormError] = useState<string>();
  const channel = Form.useWatch('channel', form);

  const initialValues: CaseFormValues = {
    channel: me.roles.includes('grid_worker') ? 'grid_report' : 'walk_in',
    risk: 'low',
    flags: [],
    gridId: me.org.type === 'grid' ? me.org.id : undefined,
    parties: [{ kind: 'person', role: 'applicant' }],
  };

  const submit = useMutation({
    mutationFn: async (values: CaseFormValues) => {
      const created = await registerCase(toRegisterBody(values));
      const blobs = files.flatMap((file) => (file.originFileObj ? [file.originFileObj] : []));
      let uploadError: unknown;
      if (blobs.length > 0) {
        try {
          await uploadAttachments(created.id, blobs);
        } catch (error) {
          uploadError = error;
        }
      }
      return { created, uploadError };
    },
    onSuccess: ({ created, uploadError }) => {
      queryClient.setQueryData(caseQueryKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: CASES_QUERY_KEY });
      // The receipt itself confirms the registration; only a failed upload needs saying.
      if (uploadError) {
        const names = files.map((file) => file.name);
        modal.warning({
          title: t('caseForm.registered', { number: created.number }),
          content: t('caseForm.uploadFailed', { reason: uploadProblemText(i18n, uploadError, names) }),
        });
      }
      void navigate(`/cases/${encodeURIComponent(created.id)}/receipt`);
    },
    onError: (error) => {
      if (!isProblem(error)) {
        setFormError(String(error));
        return;
      }
      const byPath = new Map<string, { name: (string | number)[]; errors: string[] }>();
      const unplaced: string[] = [];
      for (const item of error.errors) {
        const path = formPathOfPointer(item.pointer);
        const text = fieldErrorText(i18n, item);
        if (!path) {
          unplaced.push(text);
          continue;
        }
        const key = path.join('/');
        const entry = byPath.get(key) ?? { name: path, errors: [] };
        entry.errors.push(text);
        byPath.set(key, entry);
      }
      const entries = [...byPath.values()];
      form.setFields(entries.map(({ name, errors }) => ({ name: name as NamePath<CaseFormValues>, errors })));
      if (entries[0]) form.scrollToField(entries[0].name, { block: 'center' });
      const general = entries.length > 0 ? t('caseForm.fixErrors') : problemText(i18n, error);
      setFormError([general, ...unplaced].join(' '));
    },
  });

  const col = { xs: 24, md: 12, xl: 8 };
  return (
    <Form<CaseFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      scrollToFirstError={{ block: 'center' }}
      onFinish={(values) => {
        setFormError(undefined);
        submit.mutate(values);
      }}
      onFinishFailed={() => setFormError(t('caseForm.fixErrors'))}
      autoComplete="off"
      data-testid="case-form"
    >
      <Space orientation="vertical" size={isWide ? 16 : 8} style={{ width: '100%' }}>
        <Card size={cardSize}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('caseForm.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('caseForm.intro')}
          </Typography.Paragraph>
        </Card>
        {formError && (
          <Alert type="error" showIcon title={formError} role="alert" data-testid="case-form-error" />
        )}
        <Card size={cardSize} title={t('caseForm.section.basic')}>
          <Row gutter={16}>
            <Col {...col}>
              <Form.Item
                name="channel"
                label={t('case.channel')}
                rules={[{ required: true, message: t('caseForm.channelRequired') }]}
              >
                <Select
                  options={REGISTRABLE_CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
                />
              </Form.Item>
            </Col>
            {channel === 'petition' && (
              <Col {...col}>
                <Form.Item
                  name="petitionType"
                  label={t('case.petitionType')}
                  rules={[{ required: true, message: t('caseForm.petitionTypeRequired') }]}
                >
                  <Select
                    options={PETITION_TYPES.map((value) => ({ value, label: t(`petitionType.${value}`) }))}
                  />
                </Form.Item>
              </Col>
            )}
            <Col {...col}>
              <CategoryField />
            </Col>
            <Col {...col}>
              <Form.Item name="occurredAt" label={t('case.occurredAt')}>
                <DatePicker
                  showTime={{ format: 'HH:mm' }}
                  format="YYYY-MM-DD HH:mm"
                  disabledDate={(current) => current.valueOf() > Date.now()}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <SubjectField />
            </Col>
            <Col xs={24}>
              <DescriptionField label="case.description" placeholder="caseForm.descriptionPlaceholder" />
            </Col>
          </Row>
        </Card>
        <Card size={cardSize} title={t('caseForm.section.place')}>
          <CasePlaceFields />
        </Card>
        <Card size={cardSize} title={t('caseForm.section.scale')}>
          <Row gutter={16}>
            <Col xs={12} md={8} xl={4}>
              <PeopleInvolvedField />
            </Col>
            <Col xs={12} md={8} xl={6}>
              <AmountField />
            </Col>
            <Col xs={24} md={8} xl={4}>
              <Form.Item name="risk" label={t('case.risk')}>
                <Select options={RISKS.map((value) => ({ value, label: t(`risk.${value}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} xl={10}>
              <Form.Item name="flags" label={t('case.flags')}>
                <Checkbox.Group options={FLAGS.map((value) => ({ value, label: t(`flag.${value}`) }))} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card size={cardSize} title={t('caseForm.section.parties')}>
          <PartyEditor />
        </Card>
        <Card size={cardSize} title={t('caseForm.section.attachments')}>
          <Upload.Dragger
            multiple
            accept={ACCEPT}
            maxCount={MAX_FILES}
            fileList={files}
            beforeUpload={() => false}
            onChange={({ fileList }) => setFiles(fileList.slice(0, MAX_FILES))}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('caseForm.dropFiles')}</p>
            <p className="ant-upload-hint">{t('caseForm.dropHint')}</p>
          </Upload.Dragger>
        </Card>
        <Card
          size={cardSize}
          styles={{ body: { display: 'flex', gap: 12, justifyContent: isWide ? 'flex-end' : 'stretch' } }}
        >
          <Button
            onClick={() => {
              form.resetFields();
              setFiles([]);
              setFormError(undefined);
            }}
            block={!isWide}
          >
            {t('caseForm.reset')}
          </Button>
          <Button type="primary" htmlType="submit" loading={submit.isPending} block={!isWide}>
            {t('caseForm.submit')}
          </Button>
        </Card>
      </Space>
    </Form>
  );
}
