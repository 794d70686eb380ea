/**
 * The modal of one case action: the action's own fields (case-action-fields.ts), then `{action, version, …}`
 * to the server. A stale version (someone changed the case meanwhile) or an action that no longer fits
 * closes the modal with "案件已被他人更新，请刷新后重试" and reloads the case; field errors show on their
 * fields.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { isProblem } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { fieldErrorText, pointerField, problemText } from '../../i18n/problem-text.ts';
import { ACTION_FIELDS, buildActionBody, type ActionField } from './case-action-fields.ts';
import { ActionFormItems, type ActionFormState } from './case-action-form-items.tsx';
import { refreshAfterAction, takeCaseAction, type CaseAction } from './case-actions.api.ts';
import type { CaseView } from './cases.api.ts';

/** What the modal acts on: a case (id and the version the user saw) and one action. */
export interface ActionTarget {
  caseId: string;
  caseNumber?: string;
  version: number;
  action: CaseAction;
  /** Values to start from (e.g. the proposed route for a dispatch). */
  initial?: ActionFormState;
  /** Replaces the plain request (the desk's accept-then-dispatch chain). */
  submit?: (values: ActionFormState) => Promise<CaseView>;
}

interface Props {
  target: ActionTarget | undefined;
  onClose: () => void;
  onDone?: (view: CaseView) => void;
  extensionUnit?: string;
  extensionRequest?: { amount?: number; reason?: string } | null;
}

/** The body fields of the form, with the deadline as `YYYY-MM-DD`. */
export function formToBodyValues(values: ActionFormState) {
  const { deadline, ...rest } = values;
  return { ...rest, deadline: deadline ? deadline.format('YYYY-MM-DD') : undefined };
}

/** Problem kinds after which the case on screen is out of date. */
const STALE_KINDS = new Set(['stale-version', 'action-not-allowed', 'conflict']);

export function CaseActionModal({ target, onClose, onDone, extensionUnit, extensionRequest }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ActionFormState>();
  const [formError, setFormError] = useState<string>();
  const [pending, setPending] = useState(false);
  const action = target?.action;
  const fields: readonly ActionField[] = action ? ACTION_FIELDS[action] : [];

  useEffect(() => {
    if (!target) return;
    setFormError(undefined);
    form.resetFields();
    form.setFieldsValue({
      ...(target.action === 'approve_extension' ? { approved: true } : {}),
      ...target.initial,
    });
  }, [target, form]);

  const fail = (error: unknown) => {
    if (!target) return;
    if (isProblem(error) && STALE_KINDS.has(error.kind)) {
      void message.error(problemText(i18n, error, 'caseAction'));
      refreshAfterAction(queryClient, undefined, target.caseId);
      onClose();
      return;
    }
    if (!isProblem(error)) return setFormError(String(error));
    const placed = error.errors.filter((item) => fields.includes(pointerField(item.pointer) as ActionField));
    form.setFields(
      placed.map((item) => ({
        name: pointerField(item.pointer) as keyof ActionFormState,
        errors: [fieldErrorText(i18n, item)],
      })),
    );
    setFormError(
      placed.length === error.errors.length && placed.length > 0 ? undefined : problemText(i18n, error),
    );
  };

  const finish = async (values: ActionFormState) => {
    if (!target) return;
    setFormError(undefined);
    setPending(true);
    try {
      const view = target.submit
        ? await target.submit(values)
        : await takeCaseAction(
            target.caseId,
            buildActionBody(target.action, target.version, formToBodyValues(values)),
          );
      refreshAfterAction(queryClient, view, target.caseId);
      void message.success(t('caseAction.done', { action: t(`action.${target.action}`) }));
      onDone?.(view);
      onClose();
    } catch (error) {
      fail(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal
      open={target !== undefined}
      title={action ? t(`action.${action}`) : undefined}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={action ? t(`action.${action}`) : t('common.ok')}
      okButtonProps={{ danger: action === 'reject' || action === 'return' }}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      forceRender
      destroyOnHidden={false}
    >
      {action && (
        <Typography.Paragraph type="secondary">
          {target?.caseNumber ? `${target.caseNumber} · ` : ''}
          {t(`actionHint.${action}`)}
        </Typography.Paragraph>
      )}
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<ActionFormState>
        form={form}
        layout="vertical"
        onFinish={(values) => void finish(values)}
        onValuesChange={(changed: ActionFormState) => {
          if ('orgId' in changed) form.setFieldValue('userId', undefined);
        }}
        autoComplete="off"
      >
        {action && (
          <ActionFormItems
            action={action}
            fields={fields}
            extensionUnit={extensionUnit}
            extensionRequest={extensionRequest}
          />
        )}
      </Form>
    </Modal>
  );
}
