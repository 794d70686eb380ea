/**
 * Create or edit a deadline profile: its names, the time limit (calendar days, working days on the district
 * calendar, or hours), the warning points as shares of the time (the last one turns the case yellow), the
 * category and case state it applies to, and the most extension allowed. Running timers keep their limit.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Cascader, Col, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { isProblem } from '../../api/client.ts';
import { useCategories } from '../../features/categories/categories.api.ts';
import { categoryOptions, categoryPath } from '../../features/categories/category-tree.ts';
import { OPEN_STATUSES } from '../../features/cases/held-cases.ts';
import {
  PROFILES_QUERY_KEY,
  TIMER_UNITS,
  createProfile,
  updateProfile,
  type DeadlineProfile,
  type TimerUnit,
} from '../../features/deadlines/deadlines.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { fieldErrorText, pointerField, problemText } from '../../i18n/problem-text.ts';

export type ProfileTarget = { mode: 'create' } | { mode: 'edit'; profile: DeadlineProfile };

interface Values {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: TimerUnit;
  amount: number;
  /** Warning points in percent, e.g. [50, 75]. */
  warnPercents: number[];
  category?: string[];
  state?: string;
  maxExtensionAmount?: number | null;
  isActive: boolean;
}

const WARN_OPTIONS = [25, 50, 60, 75, 80, 90];

export function DeadlineProfileModal({
  target,
  onClose,
}: {
  target: ProfileTarget | undefined;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string>();
  const categories = useCategories();
  const options = useMemo(() => categoryOptions(categories.data ?? [], locale), [categories.data, locale]);
  const profile = target?.mode === 'edit' ? target.profile : undefined;

  useEffect(() => {
    if (!target) return;
    setFormError(undefined);
    form.resetFields();
    if (target.mode === 'edit') {
      const p = target.profile;
      form.setFieldsValue({
        code: p.code,
        nameZh: p.nameZh,
        nameEn: p.nameEn,
        unit: p.unit,
        amount: p.amount,
        warnPercents: p.warnShares.map((share) => Math.round(share * 100)),
        category: categoryPath(categories.data ?? [], p.categoryCode ?? undefined),
        state: p.state ?? undefined,
        maxExtensionAmount: p.maxExtensionAmount,
        isActive: p.isActive,
      });
    } else form.setFieldsValue({ unit: 'working_days', warnPercents: [50, 75], isActive: true });
  }, [target, form, categories.data]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const fields = {
        nameZh: v.nameZh.trim(),
        nameEn: v.nameEn.trim(),
        unit: v.unit,
        amount: v.amount,
        warnShares: [...new Set(v.warnPercents.map(Number))].sort((a, b) => a - b).map((p) => p / 100),
        categoryCode: v.category?.length ? v.category[v.category.length - 1]! : null,
        state: v.state ?? null,
        maxExtensionAmount: v.maxExtensionAmount ?? null,
      };
      return profile
        ? updateProfile(profile.code, { ...fields, isActive: v.isActive })
        : createProfile({ code: v.code.trim(), ...fields });
    },
    onSuccess: () => {
      void message.success(t(profile ? 'rules.saved' : 'profiles.created'));
      void queryClient.invalidateQueries({ queryKey: PROFILES_QUERY_KEY });
      onClose();
    },
    onError: (error) => {
      if (!isProblem(error)) return setFormError(String(error));
      const named = (field?: string) =>
        field === 'warnShares' ? 'warnPercents' : field === 'categoryCode' ? 'category' : field;
      form.setFields(
        error.errors
          .filter((item) => pointerField(item.pointer))
          .map((item) => ({
            name: named(pointerField(item.pointer)) as keyof Values,
            errors: [fieldErrorText(i18n, item)],
          })),
      );
      setFormError(problemText(i18n, error, 'profiles'));
    },
  });

  const required = [{ required: true, message: t('actionForm.required') }];
  return (
    <Modal
      open={target !== undefined}
      title={profile ? t('profiles.editTitle', { name: profile.nameZh }) : t('profiles.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      width={640}
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
          <Col xs={24} md={8}>
            <Form.Item
              name="code"
              label={t('profiles.code')}
              rules={[...required, { pattern: /^[a-z][a-z0-9_]{1,39}$/, message: t('profiles.codePattern') }]}
            >
              <Input disabled={profile !== undefined} maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="nameZh" label={t('profiles.nameZh')} rules={required}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="nameEn" label={t('profiles.nameEn')} rules={required}>
              <Input maxLength={80} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="amount" label={t('profiles.amount')} rules={required}>
              <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="unit" label={t('profiles.unit')} rules={required}>
              <Select options={TIMER_UNITS.map((unit) => ({ value: unit, label: t(`unit.${unit}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="maxExtensionAmount"
              label={t('profiles.maxExtension')}
              extra={t('profiles.maxExtensionHelp')}
            >
              <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="warnPercents"
              label={t('profiles.warnShares')}
              extra={t('profiles.warnSharesHelp')}
            >
              <Select mode="multiple" options={WARN_OPTIONS.map((p) => ({ value: p, label: `${p}%` }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="category" label={t('profiles.category')} extra={t('profiles.categoryHelp')}>
              <Cascader options={options} changeOnSelect allowClear placeholder={t('profiles.anyCategory')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="state" label={t('profiles.state')} extra={t('profiles.stateHelp')}>
              <Select
                allowClear
                placeholder={t('profiles.byCode')}
                options={OPEN_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              />
            </Form.Item>
          </Col>
          {profile && (
            <Col xs={24}>
              <Form.Item name="isActive" label={t('profiles.active')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
