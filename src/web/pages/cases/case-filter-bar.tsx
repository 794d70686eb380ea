/**
 * The case list's filters: text search, status, category, channel, risk, flags, registration dates and
 * organisation. The filter lives in the URL (features/cases/case-filter.ts); this bar only edits it.
 */
import { FilterOutlined } from '@ant-design/icons';
import { Button, Cascader, Col, DatePicker, Input, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { OrgTreeSelect } from '../../components/org-tree-select.tsx';
import { useCategories } from '../../features/categories/categories.api.ts';
import { categoryOptions, categoryPath } from '../../features/categories/category-tree.ts';
import { hasFilter } from '../../features/cases/case-filter.ts';
import { CASE_STATUSES, CHANNELS, FLAGS, RISKS } from '../../features/cases/case-options.ts';
import type { CaseFilter } from '../../features/cases/cases.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from './use-card-size.ts';

const DAY = 'YYYY-MM-DD';
const list = (value: string | undefined) => (value ? value.split(',') : []);
const joined = (values: readonly string[]) => (values.length > 0 ? values.join(',') : undefined);

export function CaseFilterBar({
  filter,
  onChange,
}: {
  filter: CaseFilter;
  onChange: (next: CaseFilter) => void;
}) {
  const { t, locale } = useI18n();
  const categories = useCategories();
  const options = useMemo(() => categoryOptions(categories.data ?? [], locale), [categories.data, locale]);
  const [q, setQ] = useState(filter.q ?? '');
  // The URL may change under the box (back button, "clear"): follow it.
  useEffect(() => setQ(filter.q ?? ''), [filter.q]);

  const set = (patch: Partial<CaseFilter>) => onChange({ ...filter, ...patch });
  const col = { xs: 24, sm: 12, lg: 8, xl: 6 };
  const full = { width: '100%' };
  // On phones the filters other than the search box fold away behind a button, so the cases stay in view.
  const isPhone = useCardSize() === 'small';
  const [isOpen, setOpen] = useState(false);
  const setCount = Object.entries(filter).filter(([key, value]) => key !== 'q' && value).length;
  const searchBox = (
    <Input.Search
      allowClear
      value={q}
      maxLength={100}
      placeholder={t('caseList.searchPlaceholder')}
      aria-label={t('caseList.searchPlaceholder')}
      onChange={(event) => setQ(event.target.value)}
      onSearch={(value) => set({ q: value.trim() || undefined })}
      enterButton
    />
  );
  if (isPhone && !isOpen) {
    return (
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }} wrap={false} data-testid="case-filters">
        <Col flex="auto">{searchBox}</Col>
        <Col flex="none">
          <Button icon={<FilterOutlined />} onClick={() => setOpen(true)}>
            {setCount > 0 ? t('caseList.filtersCount', { count: setCount }) : t('caseList.filters')}
          </Button>
        </Col>
      </Row>
    );
  }

  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 12 }} data-testid="case-filters">
      <Col {...col}>{searchBox}</Col>
      <Col {...col}>
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={t('case.status')}
          aria-label={t('case.status')}
          value={list(filter.status)}
          onChange={(values: string[]) =>
            set({ status: joined(CASE_STATUSES.filter((s) => values.includes(s))) })
          }
          options={CASE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          style={full}
        />
      </Col>
      <Col {...col}>
        <Cascader
          changeOnSelect
          showSearch
          allowClear
          placeholder={t('case.category')}
          aria-label={t('case.category')}
          options={options}
          value={categoryPath(categories.data ?? [], filter.category)}
          onChange={(path?: string[]) => set({ category: path?.at(-1) })}
          style={full}
        />
      </Col>
      <Col {...col}>
        <Select
          allowClear
          placeholder={t('case.channel')}
          aria-label={t('case.channel')}
          value={filter.channel}
          onChange={(channel) => set({ channel })}
          options={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
          style={full}
        />
      </Col>
      <Col {...col}>
        <Select
          allowClear
          placeholder={t('case.risk')}
          aria-label={t('case.risk')}
          value={filter.risk}
          onChange={(risk) => set({ risk })}
          options={RISKS.map((value) => ({ value, label: t(`risk.${value}`) }))}
          style={full}
        />
      </Col>
      <Col {...col}>
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={t('case.flags')}
          aria-label={t('case.flags')}
          value={list(filter.flags)}
          onChange={(values: string[]) => set({ flags: joined(FLAGS.filter((f) => values.includes(f))) })}
          options={FLAGS.map((value) => ({ value, label: t(`flag.${value}`) }))}
          style={full}
        />
      </Col>
      <Col {...col}>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('caseList.datePlaceholderFrom'), t('caseList.datePlaceholderTo')]}
          value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
          onChange={(_, [from, to]) => set({ from: from || undefined, to: to || undefined })}
          format={DAY}
          style={full}
        />
      </Col>
      <Col {...col}>
        <OrgTreeSelect
          allowClear
          placeholder={t('caseList.orgPlaceholder')}
          aria-label={t('caseList.orgPlaceholder')}
          value={filter.orgId}
          onChange={(orgId) => set({ orgId })}
          style={full}
        />
      </Col>
      {(hasFilter(filter) || isPhone) && (
        <Col {...col}>
          <Space wrap>
            {hasFilter(filter) && <Button onClick={() => onChange({})}>{t('caseList.clear')}</Button>}
            {isPhone && <Button onClick={() => setOpen(false)}>{t('caseList.filtersFold')}</Button>}
          </Space>
        </Col>
      )}
    </Row>
  );
}
