/**
 * The form items of an action's modal, one per field the action takes (case-action-fields.ts): reason,
 * target organisation, co-handlers, handler, deadline, note, outcome, extension amount, approve or refuse.
 */
import { DatePicker, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { OrgMultiSelect } from '../../components/org-multi-select.tsx';
import { OrgTreeSelect } from '../../components/org-tree-select.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useStaff } from '../users/staff.api.ts';
import { REQUIRED_FIELDS, type ActionField } from './case-action-fields.ts';
import type { CaseAction } from './case-actions.api.ts';

/** The modal form's values: the action body's fields, with the deadline as a date picker's value. */
export interface ActionFormState {
  reason?: string;
  orgId?: string;
  coHandlerOrgIds?: string[];
  userId?: string;
  deadline?: Dayjs | null;
  note?: string;
  outcome?: 'success' | 'failure';
  extensionAmount?: number;
  approved?: boolean;
}

function HandlerSelect({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (v?: string) => void;
  id?: string;
}) {
  const { t } = useI18n();
  const orgId = Form.useWatch<string | undefined>('orgId');
  const staff = useStaff(orgId);
  return (
    <Select
      id={id}
      allowClear
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      disabled={!orgId || staff.isError}
      loading={staff.isFetching}
      placeholder={staff.isError ? t('actionForm.userUnavailable') : t('actionForm.userPlaceholder')}
      options={(staff.data ?? []).map((member) => ({ value: member.id, label: member.displayName }))}
      notFoundContent={t('actionForm.userNone')}
    />
  );
}

export interface ActionItemsProps {
  action: CaseAction;
  fields: readonly ActionField[];
  /** The unit of the handling time limit, for the extension amount. */
  extensionUnit?: string;
  /** A pending extension request, shown above approve / refuse. */
  extensionRequest?: { amount?: number; reason?: string } | null;
}

export function ActionFormItems({ action, fields, extensionUnit, extensionRequest }: ActionItemsProps) {
  const { t, tx } = useI18n();
  const required = (field: ActionField) =>
    (REQUIRED_FIELDS[action] as readonly ActionField[]).includes(field);
  const label = (field: string) => tx(`actionForm.${field}.${action}`) ?? tx(`actionForm.${field}`) ?? field;
  const rule = (field: ActionField) =>
    required(field) ? [{ required: true, whitespace: true, message: t('actionForm.required') }] : [];

  return (
    <>
      {fields.includes('approved') && extensionRequest && (
        <Typography.Paragraph type="secondary" data-testid="extension-request">
          {t('actionForm.extensionRequest', {
            amount: extensionRequest.amount ?? '',
            unit: extensionUnit ?? '',
            reason: extensionRequest.reason ?? '',
          })}
        </Typography.Paragraph>
      )}
      {fields.includes('approved') && (
        <Form.Item
          name="approved"
          label={label('approved')}
          rules={[{ required: true, message: t('actionForm.required') }]}
        >
          <Radio.Group
            options={[
              { value: true, label: t('actionForm.approve') },
              { value: false, label: t('actionForm.refuse') },
            ]}
          />
        </Form.Item>
      )}
      {fields.includes('outcome') && (
        <Form.Item
          name="outcome"
          label={label('outcome')}
          rules={[{ required: true, message: t('actionForm.required') }]}
        >
          <Radio.Group
            options={[
              { value: 'success', label: t('status.mediated_success') },
              { value: 'failure', label: t('status.mediated_failed') },
            ]}
          />
        </Form.Item>
      )}
      {fields.includes('orgId') && (
        <Form.Item
          name="orgId"
          label={label('orgId')}
          rules={[{ required: required('orgId'), message: t('actionForm.required') }]}
        >
          <OrgTreeSelect placeholder={t('actionForm.orgPlaceholder')} />
        </Form.Item>
      )}
      {fields.includes('coHandlerOrgIds') && (
        <Form.Item name="coHandlerOrgIds" label={label('coHandlerOrgIds')}>
          <OrgMultiSelect placeholder={t('actionForm.coHandlersPlaceholder')} />
        </Form.Item>
      )}
      {fields.includes('userId') && (
        <Form.Item name="userId" label={label('userId')} extra={t('actionForm.userHelp')}>
          <HandlerSelect />
        </Form.Item>
      )}
      {fields.includes('extensionAmount') && (
        <Form.Item
          name="extensionAmount"
          label={label('extensionAmount')}
          rules={[{ required: true, message: t('actionForm.required') }]}
        >
          <InputNumber min={1} max={365} precision={0} suffix={extensionUnit} style={{ width: 200 }} />
        </Form.Item>
      )}
      {fields.includes('deadline') && (
        <Form.Item name="deadline" label={label('deadline')}>
          <DatePicker
            format="YYYY-MM-DD"
            disabledDate={(current) => current.endOf('day').valueOf() < Date.now()}
            style={{ width: 200 }}
          />
        </Form.Item>
      )}
      {fields.includes('reason') && (
        <Form.Item name="reason" label={label('reason')} rules={rule('reason')}>
          <Input.TextArea
            rows={3}
            maxLength={2000}
            showCount
            placeholder={t('actionForm.reasonPlaceholder')}
          />
        </Form.Item>
      )}
      {fields.includes('note') && (
        <Form.Item name="note" label={label('note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      )}
    </>
  );
}
