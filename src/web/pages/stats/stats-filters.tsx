/**
 * The statistics page's filter bar: organisation (the caller's subtree), period (month, quarter, year or a
 * custom range), view (by place or by handler) and first-level category.
 */
import { DatePicker, Radio, Segmented, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { OrgTreeSelect } from '../../components/org-tree-select.tsx';
import { useCategories } from '../../features/categories/categories.api.ts';
import {
  PERIOD_KINDS,
  periodAround,
  type PeriodKind,
  type StatsFilter,
} from '../../features/stats/stats-filter.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

const DAY = 'YYYY-MM-DD';

interface Props {
  filter: StatsFilter;
  /** The organisation counted when none is chosen (the caller's own). */
  defaultOrgName?: string;
  onChange: (next: StatsFilter) => void;
}

export function StatsFilters({ filter, defaultOrgName, onChange }: Props) {
  const { t, locale } = useI18n();
  const categories = useCategories();
  const firstLevel = (categories.data ?? []).filter((c) => c.parentCode === null);
  const setPeriod = (kind: PeriodKind, anchor = filter.from) =>
    onChange({ ...filter, period: kind, ...(kind === 'custom' ? {} : periodAround(kind, anchor)) });
  return (
    <Space wrap size={[16, 8]}>
      <Space>
        <span>{t('stats.filter.org')}</span>
        <OrgTreeSelect
          aria-label={t('stats.filter.org')}
          value={filter.orgId}
          onChange={(orgId) => onChange({ ...filter, ...(orgId ? { orgId } : { orgId: undefined }) })}
          allowClear
          placeholder={defaultOrgName}
          style={{ width: 220 }}
        />
      </Space>
      <Space>
        <span>{t('stats.filter.period')}</span>
        <Segmented<PeriodKind>
          value={filter.period}
          onChange={(kind) => setPeriod(kind)}
          options={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`stats.period.${kind}`) }))}
        />
        {filter.period === 'custom' ? (
          <DatePicker.RangePicker
            allowClear={false}
            value={[dayjs(filter.from), dayjs(filter.to)]}
            onChange={(range) => {
              if (range?.[0] && range[1])
                onChange({ ...filter, from: range[0].format(DAY), to: range[1].format(DAY) });
            }}
          />
        ) : (
          <DatePicker
            allowClear={false}
            picker={filter.period}
            aria-label={t('stats.filter.period')}
            value={dayjs(filter.from)}
            onChange={(day) => day && setPeriod(filter.period, day.format(DAY))}
          />
        )}
      </Space>
      <Radio.Group
        optionType="button"
        value={filter.view}
        onChange={(event) => onChange({ ...filter, view: event.target.value as StatsFilter['view'] })}
        options={[
          { value: 'place', label: t('stats.view.place') },
          { value: 'handler', label: t('stats.view.handler') },
        ]}
      />
      <Select
        aria-label={t('stats.filter.category')}
        style={{ width: 180 }}
        value={filter.category ?? ''}
        onChange={(code: string) => onChange({ ...filter, category: code || undefined })}
        options={[
          { value: '', label: t('stats.filter.allCategories') },
          ...firstLevel.map((c) => ({ value: c.code, label: locale === 'en' ? c.nameEn : c.nameZh })),
        ]}
      />
    </Space>
  );
}
