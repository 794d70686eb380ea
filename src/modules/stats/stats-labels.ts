/**
 * Chinese labels of breakdown rows (channels, missing buckets) and the change between
 * two periods as people read it ("同比上升12.5%"). Pure.
 */

/** How the case reached the centre (DESIGN.md §4), as leaders read it. */
export const CHANNEL_ZH: Readonly<Record<string, string>> = {
  walk_in: '窗口来访',
  hotline_12345: '12345热线',
  phone: '电话',
  grid_report: '网格上报',
  online: '网上提交',
  letter: '来信',
  petition: '信访',
  transfer: '上级交办',
  open311: '外部系统',
  court_referral: '法院委派',
};

export const NO_GRID_ZH = '未标注网格';
export const OWN_LEVEL_ZH = '本级';

/** Relative change from `before` to `now` (0.125 = +12.5 %), null when `before` is 0 or either is missing. */
export function changeOf(now: number | null, before: number | null): number | null {
  if (now === null || before === null || before === 0) return null;
  return (now - before) / before;
}

/** A percentage with one decimal, `95.2%`; `—` for null. */
export function percent(value: number | null): string {
  return value === null ? '—' : `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}

/**
 * The change as a phrase: `上升12.5%`, `下降3.0%`, `持平`, or `无可比数据` when there is
 * nothing to compare with.
 */
export function changePhrase(now: number | null, before: number | null): string {
  const change = changeOf(now, before);
  if (change === null) return '无可比数据';
  if (Math.abs(change) < 0.0005) return '持平';
  return `${change > 0 ? '上升' : '下降'}${percent(Math.abs(change))}`;
}
