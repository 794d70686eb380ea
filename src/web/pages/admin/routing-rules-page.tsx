/**
 * 分流规则 (district admin): the ordered routing rules — the first active rule whose conditions hold routes
 * a new case — with moves up and down (the whole order is sent back), create, edit, deactivate and
 * reactivate, and the rule tester below.
 */
import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { isProblem } from '../../api/client.ts';
import { profileLabel } from '../../features/deadlines/deadline-view.ts';
import { useDeadlineProfiles } from '../../features/deadlines/deadlines.api.ts';
import { moveItem } from '../../features/routing/rule-form.ts';
import {
  RULES_QUERY_KEY,
  deactivateRule,
  reorderRules,
  updateRule,
  useRoutingRules,
  type RoutingRule,
} from '../../features/routing/routing.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { useCardSize } from '../cases/use-card-size.ts';
import { RuleConditionSummary } from './rule-condition-summary.tsx';
import { RoutingRuleModal, type RuleTarget } from './routing-rule-modal.tsx';
import { RoutingTestPanel } from './routing-test-panel.tsx';

export function RoutingRulesPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const cardSize = useCardSize();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const rules = useRoutingRules();
  const profiles = useDeadlineProfiles();
  const [target, setTarget] = useState<RuleTarget>();
  const items = rules.data ?? [];

  const onError = (error: unknown) =>
    void message.error(isProblem(error) ? problemText(i18n, error) : String(error));
  const reorder = useMutation({
    mutationFn: (ids: string[]) => reorderRules(ids),
    onSuccess: (next) => queryClient.setQueryData(RULES_QUERY_KEY, next),
    onError,
  });
  const toggle = useMutation({
    mutationFn: (rule: RoutingRule) =>
      rule.isActive ? deactivateRule(rule.id) : updateRule(rule.id, { isActive: true }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: RULES_QUERY_KEY }),
    onError,
  });
  const move = (index: number, delta: number) =>
    reorder.mutate(
      moveItem(
        items.map((rule) => rule.id),
        index,
        delta,
      ),
    );

  const targetText = (rule: RoutingRule) =>
    rule.targetKind === 'org'
      ? (rule.targetOrgName ?? rule.targetOrgId ?? '')
      : t(`targetKind.${rule.targetKind}`);

  const columns: TableColumnsType<RoutingRule> = [
    {
      title: t('rules.position'),
      key: 'position',
      width: 96,
      render: (_, rule, index) => (
        <Space size={2}>
          <Typography.Text style={{ width: 20, display: 'inline-block' }}>{rule.position}</Typography.Text>
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined />}
            aria-label={t('rules.moveUp')}
            disabled={index === 0 || reorder.isPending}
            onClick={() => move(index, -1)}
          />
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined />}
            aria-label={t('rules.moveDown')}
            disabled={index === items.length - 1 || reorder.isPending}
            onClick={() => move(index, 1)}
          />
        </Space>
      ),
    },
    {
      title: t('rules.name'),
      key: 'name',
      width: 220,
      render: (_, rule) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong={rule.isActive} delete={!rule.isActive}>
            {rule.name}
          </Typography.Text>
          {rule.note && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {rule.note}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('rules.conditions'),
      key: 'conditions',
      render: (_, rule) => <RuleConditionSummary conditions={rule.conditions} />,
    },
    {
      title: t('rules.result'),
      key: 'target',
      width: 240,
      render: (_, rule) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text>{targetText(rule)}</Typography.Text>
          {rule.coHandlers.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dispatch.coHandlers', { names: rule.coHandlers.map((org) => org.name).join('、') })}
            </Typography.Text>
          )}
          <Space size={4} wrap>
            {rule.profileCode && <Tag>{profileLabel(profiles.data, rule.profileCode, locale)}</Tag>}
            {rule.autoDispatch && <Tag color="green">{t('route.auto')}</Tag>}
            {rule.leaderFlag && <Tag color="gold">{t('caseWork.needsLeader')}</Tag>}
            {!rule.isActive && <Tag>{t('rules.inactive')}</Tag>}
          </Space>
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, rule) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setTarget({ mode: 'edit', rule })}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t(rule.isActive ? 'rules.deactivateConfirm' : 'rules.activateConfirm')}
            onConfirm={() => toggle.mutate(rule)}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
          >
            <Button type="link" size="small" danger={rule.isActive}>
              {t(rule.isActive ? 'rules.deactivate' : 'rules.activate')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        size={cardSize}
        title={t('rules.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create' })}>
            {t('rules.create')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('rules.intro')}</Typography.Paragraph>
        {rules.isError && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title={isProblem(rules.error) ? problemText(i18n, rules.error) : String(rules.error)}
          />
        )}
        <Table<RoutingRule>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={items}
          loading={rules.isPending || reorder.isPending}
          pagination={false}
          scroll={{ x: 900 }}
          data-testid="rules-table"
        />
      </Card>
      <RoutingTestPanel />
      <RoutingRuleModal target={target} onClose={() => setTarget(undefined)} />
    </Space>
  );
}
