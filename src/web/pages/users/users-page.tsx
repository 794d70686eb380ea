/**
 * 用户管理 (admin): staff accounts in a table, filtered by text and organisation, with create, edit and
 * unlock. The server answers 404 for users outside the admin's subtree; the list only holds visible ones.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isProblem } from '../../api/client.ts';
import { OrgTreeSelect } from '../../components/org-tree-select.tsx';
import { RoleTags } from '../../components/role-tags.tsx';
import {
  USERS_QUERY_KEY,
  isLocked,
  unlockUser,
  useUsers,
  type User,
} from '../../features/users/users.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { UserFormModal, type UserFormTarget } from './user-form-modal.tsx';

function StatusTag({ user }: { user: User }) {
  const { t, locale } = useI18n();
  if (isLocked(user) && user.lockedUntil) {
    return <Tag color="red">{t('users.locked', { time: formatDateTime(user.lockedUntil, locale) })}</Tag>;
  }
  return user.isActive ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>;
}

export function UsersPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [orgId, setOrgId] = useState<string>();
  const [target, setTarget] = useState<UserFormTarget>();
  const users = useUsers({ q: q.trim() || undefined, orgId });

  const unlock = useMutation({
    mutationFn: (user: User) => unlockUser(user.id),
    onSuccess: (user) => {
      void message.success(t('users.unlocked', { username: user.username }));
      void queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY });
    },
    onError: (error) => void message.error(isProblem(error) ? problemText(i18n, error) : String(error)),
  });

  const columns: TableColumnsType<User> = [
    { title: t('users.username'), dataIndex: 'username', width: 140, fixed: 'left' },
    { title: t('users.displayName'), dataIndex: 'displayName', width: 180 },
    { title: t('users.org'), dataIndex: 'orgName', width: 220, ellipsis: true },
    { title: t('users.roles'), dataIndex: 'roles', render: (roles: string[]) => <RoleTags roles={roles} /> },
    { title: t('users.status'), key: 'status', width: 150, render: (_, user) => <StatusTag user={user} /> },
    {
      title: t('users.createdAt'),
      dataIndex: 'createdAt',
      width: 150,
      responsive: ['lg'],
      render: (value: string) => formatDateTime(value, locale),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      render: (_, user) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setTarget({ mode: 'edit', user })}>
            {t('common.edit')}
          </Button>
          {isLocked(user) && (
            <Button
              type="link"
              size="small"
              danger
              loading={unlock.isPending && unlock.variables.id === user.id}
              onClick={() => unlock.mutate(user)}
            >
              {t('users.unlock')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('users.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create' })}>
          {t('users.create')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('users.searchPlaceholder')}
          onSearch={setQ}
          style={{ width: 240 }}
        />
        <OrgTreeSelect
          allowClear
          placeholder={t('users.orgFilter')}
          value={orgId}
          onChange={setOrgId}
          style={{ width: 240 }}
        />
      </Space>
      {users.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={isProblem(users.error) ? problemText(i18n, users.error) : String(users.error)}
        />
      )}
      <Table<User>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={users.data ?? []}
        loading={users.isPending || (users.isFetching && users.isPlaceholderData)}
        scroll={{ x: 960 }}
        pagination={{
          defaultPageSize: 20,
          showSizeChanger: true,
          showTotal: (total) => (
            <Typography.Text type="secondary">{t('users.total', { count: total })}</Typography.Text>
          ),
        }}
        data-testid="users-table"
      />
      <UserFormModal target={target} onClose={() => setTarget(undefined)} />
    </Card>
  );
}
