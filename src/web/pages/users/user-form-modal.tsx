/**
 * Create or edit a staff account. Server validation problems are shown against the fields their
 * `errors[].pointer` names (`#/username` → the username field); anything else shows above the form.
 */
import { Alert, App, Form, Input, Modal, Select, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isProblem } from '../../api/client.ts';
import { OrgTreeSelect } from '../../components/org-tree-select.tsx';
import {
  STAFF_ROLES,
  USERS_QUERY_KEY,
  createUser,
  updateUser,
  type User,
} from '../../features/users/users.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { fieldErrorText, pointerField, problemText } from '../../i18n/problem-text.ts';

export type UserFormTarget = { mode: 'create' } | { mode: 'edit'; user: User };

interface FormValues {
  username: string;
  displayName: string;
  orgId: string;
  roles: string[];
  isActive: boolean;
  password?: string;
}

const FIELDS: ReadonlySet<string> = new Set([
  'username',
  'displayName',
  'orgId',
  'roles',
  'isActive',
  'password',
]);
const MIN_PASSWORD = 8;

export function UserFormModal({
  target,
  onClose,
}: {
  target: UserFormTarget | undefined;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [formError, setFormError] = useState<string>();
  const isEdit = target?.mode === 'edit';

  useEffect(() => {
    if (!target) return;
    setFormError(undefined);
    form.resetFields();
    if (target.mode === 'edit') {
      const { user } = target;
      form.setFieldsValue({
        username: user.username,
        displayName: user.displayName,
        orgId: user.orgId,
        roles: user.roles,
        isActive: user.isActive,
      });
    } else {
      form.setFieldsValue({ isActive: true, roles: [] });
    }
  }, [target, form]);

  const save = useMutation({
    mutationFn: (values: FormValues) => {
      if (target?.mode === 'edit') {
        const password = values.password ? values.password : undefined;
        return updateUser(target.user.id, {
          displayName: values.displayName.trim(),
          orgId: values.orgId,
          roles: values.roles,
          isActive: values.isActive,
          ...(password ? { password } : {}),
        });
      }
      return createUser({
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        orgId: values.orgId,
        roles: values.roles,
        password: values.password ?? '',
      });
    },
    onSuccess: (user) => {
      void message.success(isEdit ? t('users.saved') : t('users.created', { username: user.username }));
      void queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY });
      onClose();
    },
    onError: (error) => {
      if (!isProblem(error)) {
        setFormError(String(error));
        return;
      }
      const byField = new Map<string, string[]>();
      const unplaced: string[] = [];
      for (const item of error.errors) {
        const field = pointerField(item.pointer);
        const text = fieldErrorText(i18n, item);
        if (field && FIELDS.has(field)) byField.set(field, [...(byField.get(field) ?? []), text]);
        else unplaced.push(text);
      }
      form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof FormValues, errors })));
      const general = problemText(i18n, error, 'users');
      setFormError(byField.size > 0 && unplaced.length === 0 ? undefined : [general, ...unplaced].join(' '));
    },
  });

  const passwordRules = [
    { required: !isEdit, message: t('users.passwordMin') },
    { min: MIN_PASSWORD, message: t('users.passwordMin') },
  ];

  return (
    <Modal
      open={target !== undefined}
      title={
        target?.mode === 'edit' ? t('users.editTitle', { username: target.user.username }) : t('users.create')
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      forceRender
      destroyOnHidden={false}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          setFormError(undefined);
          save.mutate(values);
        }}
        autoComplete="off"
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[
            { required: true, whitespace: true, message: t('users.usernameRequired') },
            { pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{1,63}$/, message: t('users.usernamePattern') },
          ]}
        >
          <Input disabled={isEdit} maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, message: t('users.displayNameRequired') }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="orgId"
          label={t('users.org')}
          rules={[{ required: true, message: t('users.orgRequired') }]}
        >
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('users.roles')}
          rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}
        >
          <Select
            mode="multiple"
            options={STAFF_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          />
        </Form.Item>
        {isEdit && (
          <Form.Item name="isActive" label={t('users.isActive')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
        <Form.Item
          name="password"
          label={isEdit ? t('users.newPassword') : t('users.password')}
          extra={isEdit ? t('users.newPasswordHelp') : t('users.passwordMin')}
          rules={passwordRules}
        >
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
