/**
 * The form fields every way of registering a case shares (the window's register page, the court-referral
 * page): category, subject, facts, amount and people involved. Each is a Form.Item without layout, so a
 * page places them in its own grid.
 */
import { Cascader, Form, Input, InputNumber } from 'antd';
import { useMemo } from 'react';
import { useCategories } from '../../features/categories/categories.api.ts';
import { categoryOptions } from '../../features/categories/category-tree.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';

export function CategoryField() {
  const { t, locale } = useI18n();
  const categories = useCategories();
  const options = useMemo(
    () => categoryOptions(categories.data ?? [], locale, { activeOnly: true }),
    [categories.data, locale],
  );
  return (
    <Form.Item
      name="category"
      label={t('case.category')}
      rules={[{ required: true, message: t('caseForm.categoryRequired') }]}
    >
      <Cascader
        options={options}
        loading={categories.isPending}
        placeholder={t('caseForm.categoryPlaceholder')}
        showSearch
      />
    </Form.Item>
  );
}

export function SubjectField() {
  const { t } = useI18n();
  return (
    <Form.Item
      name="subject"
      label={t('case.subject')}
      rules={[{ required: true, whitespace: true, message: t('caseForm.subjectRequired') }]}
    >
      <Input maxLength={100} showCount placeholder={t('caseForm.subjectPlaceholder')} />
    </Form.Item>
  );
}

/** The facts; `label` and `placeholder` differ between the window and a court's referral. */
export function DescriptionField({ label, placeholder }: { label: MessageKey; placeholder?: MessageKey }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name="description"
      label={t(label)}
      rules={[{ required: true, whitespace: true, message: t('caseForm.descriptionRequired') }]}
    >
      <Input.TextArea
        maxLength={5000}
        showCount
        autoSize={{ minRows: 4, maxRows: 12 }}
        placeholder={placeholder ? t(placeholder) : undefined}
      />
    </Form.Item>
  );
}

export function AmountField() {
  const { t } = useI18n();
  return (
    <Form.Item name="amountYuan" label={t('case.amount')}>
      <InputNumber
        min={0}
        max={1e13}
        precision={2}
        suffix={t('caseForm.yuanSuffix')}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}

export function PeopleInvolvedField() {
  const { t } = useI18n();
  return (
    <Form.Item name="peopleInvolved" label={t('case.peopleInvolved')}>
      <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
}
