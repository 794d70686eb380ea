/**
 * The steps of a petition recorded from the case page (信访工作条例 2022 art. 35): the written reply
 * (答复意见书: facts found, the decision, its basis, and the body that reviews on request), a request for
 * review (复查) or re-review (复核) within 30 days, and the reviewing body's decision.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import {
  decidePetitionReview,
  petitionKey,
  replyToPetition,
  requestPetitionReview,
  type PetitionReview,
} from '../../features/linkage/linkage.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import {
  ProblemAlert,
  showFieldErrors,
  topField,
  useMediationRefresh,
  useOnOpen,
} from '../mediation/mediation-ui.tsx';

const DAY = 'YYYY-MM-DD';

/** A modal holding one form that posts `send(values)`, then refreshes the petition and the case. */
function PetitionStepModal<V extends object>(props: {
  name: string;
  caseId: string;
  open: boolean;
  title: string;
  initial: () => Partial<V>;
  send: (values: V) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { name, caseId, open, title, initial, send, onClose, children } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refreshCase = useMediationRefresh(caseId);
  const [form] = Form.useForm<V>();
  const [onFields, setOnFields] = useState(false);
  useOnOpen(open, () => form.setFieldsValue(initial() as Parameters<typeof form.setFieldsValue>[0]));
  const save = useMutation({
    mutationFn: send,
    onSuccess: () => {
      void message.success(t('petition.saved'));
      void queryClient.invalidateQueries({ queryKey: petitionKey(caseId) });
      void queryClient.invalidateQueries({ queryKey: ['timers', caseId] });
      refreshCase();
      form.resetFields();
      onClose();
    },
    onError: (error) => setOnFields(showFieldErrors(i18n, form, error, topField)),
  });
  return (
    <Modal
      open={open}
      title={title}
      width={680}
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
      <Form form={form} name={name} layout="vertical" onFinish={(values) => save.mutate(values)}>
        {children}
      </Form>
    </Modal>
  );
}

const required = (message: string) => [{ required: true, whitespace: true, message }];

export function ReplyModal({
  caseId,
  open,
  onClose,
}: {
  caseId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <PetitionStepModal<{ factsFound: string; opinion: string; basis?: string; reviewBody: string }>
      name="petition-reply"
      caseId={caseId}
      open={open}
      title={t('petition.writeReply')}
      initial={() => ({})}
      send={(v) =>
        replyToPetition(caseId, {
          factsFound: v.factsFound.trim(),
          opinion: v.opinion.trim(),
          ...(v.basis?.trim() ? { basis: v.basis.trim() } : {}),
          reviewBody: v.reviewBody.trim(),
        })
      }
      onClose={onClose}
    >
      <Form.Item
        name="factsFound"
        label={t('petition.factsFound')}
        rules={required(t('petition.factsRequired'))}
      >
        <Input.TextArea maxLength={10000} autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <Form.Item name="opinion" label={t('petition.opinion')} rules={required(t('petition.opinionRequired'))}>
        <Input.TextArea maxLength={10000} autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <Form.Item name="basis" label={t('petition.basis')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item
        name="reviewBody"
        label={t('petition.reviewBody')}
        rules={required(t('petition.reviewBodyRequired'))}
        extra={t('petition.reviewBodyHint')}
      >
        <Input maxLength={100} />
      </Form.Item>
    </PetitionStepModal>
  );
}

export function ReviewRequestModal({
  caseId,
  level,
  defaultBody,
  onClose,
}: {
  caseId: string;
  /** The level asked for; the modal is open while it is set. */
  level: 'review' | 'rereview' | undefined;
  defaultBody: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <PetitionStepModal<{ requestedOn: Dayjs; body: string }>
      name="petition-review"
      caseId={caseId}
      open={level !== undefined}
      title={level === 'rereview' ? t('petition.requestRereview') : t('petition.requestReview')}
      initial={() => ({ requestedOn: dayjs(), body: defaultBody })}
      send={(v) =>
        requestPetitionReview(caseId, {
          level: level ?? 'review',
          requestedOn: v.requestedOn.format(DAY),
          body: v.body.trim(),
        })
      }
      onClose={onClose}
    >
      <Form.Item
        name="requestedOn"
        label={t('petition.requestedOn')}
        rules={[{ required: true, message: t('petition.dayRequired') }]}
        extra={t('petition.requestWindowHint')}
      >
        <DatePicker format={DAY} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('petition.reviewingBody')}
        rules={required(t('petition.reviewBodyRequired'))}
      >
        <Input maxLength={100} />
      </Form.Item>
    </PetitionStepModal>
  );
}

export function ReviewDecisionModal({
  caseId,
  review,
  onClose,
}: {
  caseId: string;
  review: PetitionReview | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <PetitionStepModal<{ decision: 'upheld' | 'changed'; note: string; decidedOn: Dayjs }>
      name="petition-review-decision"
      caseId={caseId}
      open={review !== undefined}
      title={t('petition.recordDecision')}
      initial={() => ({ decision: 'upheld', decidedOn: dayjs(), note: '' })}
      send={(v) =>
        decidePetitionReview(caseId, review?.id ?? '', {
          decision: v.decision,
          note: v.note.trim(),
          decidedOn: v.decidedOn.format(DAY),
        })
      }
      onClose={onClose}
    >
      <Form.Item name="decision" label={t('petition.decision')} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'upheld', label: t('petition.decision.upheld') },
            { value: 'changed', label: t('petition.decision.changed') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('petition.decisionNote')}
        rules={required(t('petition.decisionNoteRequired'))}
      >
        <Input.TextArea maxLength={5000} autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item
        name="decidedOn"
        label={t('petition.decidedOn')}
        rules={[{ required: true, message: t('petition.dayRequired') }]}
      >
        <DatePicker format={DAY} style={{ width: '100%' }} />
      </Form.Item>
    </PetitionStepModal>
  );
}
