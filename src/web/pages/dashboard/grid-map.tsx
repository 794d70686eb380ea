/**
 * The district's grids drawn from their own GeoJSON boundaries (no map tiles), coloured by the cases
 * registered there in the period. The map is registered with ECharts under a name per organisation.
 */
import { Empty } from 'antd';
import { useMemo } from 'react';
import { EChart } from '../../charts/echart.tsx';
import { echarts } from '../../charts/echarts-setup.ts';
import { gridMapOption } from '../../charts/stats-chart-options.ts';
import type { GridMap as GridMapData } from '../../features/dashboard/dashboard.api.ts';
import { toMapGeoJson } from '../../features/dashboard/grid-geojson.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { figureName } from '../stats/figure-text.ts';

export function GridMap({ map }: { map: GridMapData | undefined }) {
  const i18n = useI18n();
  const drawn = useMemo(() => {
    if (!map) return null;
    const { geoJson, values } = toMapGeoJson(map);
    if (geoJson.features.length === 0) return { regions: 0, option: null };
    const name = `fq-grids-${map.orgId}`;
    echarts.registerMap(name, geoJson as unknown as Parameters<typeof echarts.registerMap>[1]);
    return {
      regions: geoJson.features.length,
      option: gridMapOption(name, values, {
        dark: true,
        seriesName: figureName(i18n, 'found'),
        fontSize: 14,
      }),
    };
  }, [map, i18n]);
  if (drawn && !drawn.option) return <Empty description={i18n.t('dashboard.noMap')} />;
  return (
    <div data-testid="grid-map" data-regions={drawn?.regions ?? 0} style={{ position: 'absolute', inset: 0 }}>
      {drawn?.option && (
        <EChart
          option={drawn.option}
          theme="dark"
          style={{ height: '100%' }}
          aria-label={i18n.t('dashboard.map')}
        />
      )}
    </div>
  );
}
