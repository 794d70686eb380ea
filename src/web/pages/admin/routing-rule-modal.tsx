/**
 * Create or edit a routing rule: its name, conditions (all must hold, plus at least one "满足任一" group
 * when any is given), where the case goes (an organisation, the street or community where it happened, or
 * where it was registered), co-handlers, deadline profile, automatic dispatch and the leader flag.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Divider,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { isProblem } from '../../api/client.ts';
import { OrgMultiSelect } from '../../components/org-multi-select.tsx';
import { OrgTreeSelect } from '../../components/org-tree-select.tsx';
import { useCategories } from '../../features/categories/categories.api.ts';
import { categoryPath } from '../../features/categories/category-tree.ts';
import { profileLabel } from '../../features/deadlines/deadline-view.ts';
import { useDeadlineProfiles } from '../../features/deadlines/deadlines.api.ts';
import {
  MAX_ANY_OF_GROUPS,
  fitsSimpleEditor,
  formFromConditions,
  ruleConditionsFromForm,
  type ConditionForm,
} from '../../features/routing/rule-form.ts';
import {
  ROUTE_TARGET_KINDS,
  RULES_QUERY_KEY,
  createRule,
  updateRule,
  type NewRule,
  type RouteTargetKind,
  type RoutingRule,
} from '../../features/routing/routing.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { fieldErrorText, pointerField, problemText } from '../../i18n/problem-text.ts';
import { RuleConditionFields } from './rule-condition-fields.tsx';

export type RuleTarget = { mode: 'create' } | { mode: 'edit'; rule: RoutingRule };

interface Values {
  name: string;
  isActive: boolean;
  main: ConditionForm;
  anyOf: ConditionForm[];
  targetKind: RouteTargetKind;
  targetOrgId?: string;
  coHandlerOrgIds: string[];
  profileCode?: string;
  autoDispatch: boolean;
  leaderFlag: boolean;
  note?: string;
}

const PLACED = new Set(['name', 'targetOrgId', 'coHandlerOrgIds', 'profileCode', 'note']);

export function RoutingRuleModal({
  target,
  onClose,
}: {
  target: RuleTarget | undefined;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string>();
  const categories = useCategories();
  const profiles = useDeadlineProfiles();
  const targetKind = Form.useWatch('targetKind', form);
  const rule = target?.mode === 'edit' ? target.rule : undefined;
  const locked = rule !== undefined && !fitsSimpleEditor(rule.conditions);

  useEffect(() => {
    if (!target) return;
    setFormError(undefined);
    form.resetFields();
    const pathOf = (code: string) => categoryPath(categories.data ?? [], code) ?? [code];
    if (target.mode === 'edit') {
      const { anyOf = [], ...main } = target.rule.conditions;
      form.setFieldsValue({
        name: target.rule.name,
        isActive: target.rule.isActive,
        main: formFromConditions(main, pathOf),
        anyOf: anyOf.slice(0, MAX_ANY_OF_GROUPS).map((group) => formFromConditions(group, pathOf)),
        targetKind: target.rule.targetKind,
        targetOrgId: target.rule.targetOrgId ?? undefined,
        coHandlerOrgIds: target.rule.coHandlerOrgIds,
        profileCode: target.rule.profileCode ?? undefined,
        autoDispatch: target.rule.autoDispatch,
        leaderFlag: target.rule.leaderFlag,
        note: target.rule.note ?? undefined,
      });
    } else {
      form.setFieldsValue({
        isActive: true,
        targetKind: 'org',
        anyOf: [],
        coHandlerOrgIds: [],
        autoDispatch: false,
        leaderFlag: false,
      });
    }
  }, [target, form, categories.data]);

  const save = useMutation({
    mutationFn: (values: Values) => {
      const body: NewRule = {
        name: values.name.trim(),
        isActive: values.isActive,
        targetKind: values.targetKind,
        targetOrgId: values.targetKind === 'org' ? (values.targetOrgId ?? null) : null,
        coHandlerOrgIds: values.coHandlerOrgIds ?? [],
        profileCode: values.profileCode ?? null,
        autoDispatch: values.autoDispatch,
        leaderFlag: values.leaderFlag,
        note: values.note?.trim() || null,
        ...(locked ? {} : { conditions: ruleConditionsFromForm(values.main ?? {}, values.anyOf ?? []) }),
      };
      return rule ? updateRule(rule.id, body) : createRule(body);
    },
    onSuccess: () => {
      void message.success(t(rule ? 'rules.saved' : 'rules.created'));
      void queryClient.invalidateQueries({ queryKey: RULES_QUERY_KEY });
      onClose();
    },
    onError: (error) => {
      if (!isProblem(error)) return setFormError(String(error));
      const placed = error.errors.filter((item) => PLACED.has(pointerField(item.pointer) ?? ''));
      form.setFields(
        placed.map((item) => ({
          name: pointerField(item.pointer) as keyof Values,
          errors: [fieldErrorText(i18n, item)],
        })),
      );
      const rest = error.errors
        .filter((item) => !placed.includes(item))
        .map((item) => fieldErrorText(i18n, item));
      setFormError(placed.length && !rest.length ? undefined : [problemText(i18n, error), ...rest].join(' '));
    },
  });

  return (
    <Modal
      open={target !== undefined}
      title={rule ? t('rules.editTitle', { name: rule.name }) : t('rules.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      width={760}
      forceRender
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
        autoComplete="off"
      >
        <Row gutter={12}>
          <Col xs={24} md={18}>
            <Form.Item
              name="name"
              label={t('rules.name')}
              rules={[{ required: true, whitespace: true, message: t('actionForm.required') }]}
            >
              <Input maxLength={100} placeholder={t('rules.namePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="isActive" label={t('rules.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('rules.conditions')}</Divider>
        {locked ? (
          <Alert type="warning" showIcon title={t('rules.conditionsLocked')} />
        ) : (
          <>
            <Typography.Paragraph type="secondary">{t('rules.conditionsHelp')}</Typography.Paragraph>
            <RuleConditionFields name={['main']} />
            <Form.List name="anyOf">
              {(groups, { add, remove }) => (
                <>
                  {groups.map((group, index) => (
                    <Card
                      key={group.key}
                      size="small"
                      style={{ marginBottom: 12 }}
                      title={t('rules.anyOfGroup', { index: index + 1 })}
                      extra={
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('rules.removeGroup')}
                          onClick={() => remove(group.name)}
                        />
                      }
                    >
                      <RuleConditionFields name={[group.name]} />
                    </Card>
                  ))}
                  {groups.length < MAX_ANY_OF_GROUPS && (
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
                      {t('rules.addAnyOf')}
                    </Button>
                  )}
                </>
              )}
            </Form.List>
          </>
        )}
        <Divider titlePlacement="start">{t('rules.result')}</Divider>
        <Form.Item name="targetKind" label={t('rules.targetKind')} rules={[{ required: true }]}>
          <Radio.Group
            options={ROUTE_TARGET_KINDS.map((kind) => ({ value: kind, label: t(`targetKind.${kind}`) }))}
          />
        </Form.Item>
        {targetKind === 'org' && (
          <Form.Item
            name="targetOrgId"
            label={t('rules.targetOrg')}
            rules={[{ required: true, message: t('actionForm.required') }]}
          >
            <OrgTreeSelect placeholder={t('actionForm.orgPlaceholder')} />
          </Form.Item>
        )}
        <Form.Item name="coHandlerOrgIds" label={t('route.coHandlers')}>
          <OrgMultiSelect placeholder={t('actionForm.coHandlersPlaceholder')} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name="profileCode" label={t('route.profile')}>
              <Select
                allowClear
                options={(profiles.data ?? [])
                  .filter((profile) => profile.isActive)
                  .map((profile) => ({
                    value: profile.code,
                    label: profileLabel(profiles.data, profile.code, locale),
                  }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="autoDispatch" label={t('rules.autoDispatch')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="leaderFlag" label={t('rules.leaderFlag')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('rules.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
