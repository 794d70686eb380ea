/**
 * The editor of one group of routing conditions (分流规则条件): categories (first or second level, several),
 * streets and grids where it happened, channels, people involved, amount in yuan, risk levels and flags.
 * Every field is optional; the form keeps them under `name` (the main group, or one "满足任一" group).
 */
import { Cascader, Col, Form, InputNumber, Row, Select } from 'antd';
import { useMemo } from 'react';
import { OrgMultiSelect } from '../../components/org-multi-select.tsx';
import { useCategories } from '../../features/categories/categories.api.ts';
import { categoryOptions } from '../../features/categories/category-tree.ts';
import { CHANNELS, FLAGS, RISKS } from '../../features/cases/case-options.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

const COL = { xs: 24, md: 12 };
const HALF = { xs: 12, md: 6 };

export function RuleConditionFields({ name }: { name: (string | number)[] }) {
  const { t, locale } = useI18n();
  const categories = useCategories();
  const options = useMemo(() => categoryOptions(categories.data ?? [], locale), [categories.data, locale]);
  const field = (key: string) => [...name, key];

  return (
    <Row gutter={12}>
      <Col xs={24}>
        <Form.Item name={field('categories')} label={t('rules.cond.categories')}>
          <Cascader
            multiple
            options={options}
            showCheckedStrategy={Cascader.SHOW_PARENT}
            maxTagCount="responsive"
            placeholder={t('rules.cond.any')}
            showSearch
          />
        </Form.Item>
      </Col>
      <Col {...COL}>
        <Form.Item name={field('streetIds')} label={t('rules.cond.streets')}>
          <OrgMultiSelect selectableTypes={['street']} placeholder={t('rules.cond.any')} />
        </Form.Item>
      </Col>
      <Col {...COL}>
        <Form.Item name={field('gridIds')} label={t('rules.cond.grids')}>
          <OrgMultiSelect selectableTypes={['grid']} placeholder={t('rules.cond.any')} />
        </Form.Item>
      </Col>
      <Col {...COL}>
        <Form.Item name={field('channels')} label={t('rules.cond.channels')}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t('rules.cond.any')}
            options={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
          />
        </Form.Item>
      </Col>
      <Col {...COL}>
        <Form.Item name={field('risks')} label={t('rules.cond.risks')}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t('rules.cond.any')}
            options={RISKS.map((value) => ({ value, label: t(`risk.${value}`) }))}
          />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item name={field('minPeople')} label={t('rules.cond.minPeople')}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item name={field('maxPeople')} label={t('rules.cond.maxPeople')}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item name={field('minAmountYuan')} label={t('rules.cond.minAmount')}>
          <InputNumber min={0} precision={2} suffix={t('caseForm.yuanSuffix')} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...HALF}>
        <Form.Item name={field('maxAmountYuan')} label={t('rules.cond.maxAmount')}>
          <InputNumber min={0} precision={2} suffix={t('caseForm.yuanSuffix')} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name={field('flags')} label={t('rules.cond.flags')} extra={t('rules.cond.flagsHelp')}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t('rules.cond.any')}
            options={FLAGS.map((value) => ({ value, label: t(`flag.${value}`) }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
