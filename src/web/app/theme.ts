/**
 * The look: Ant Design defaults with a sober government blue header and a red brand mark.
 */
import type { ThemeConfig } from 'antd';

export const BRAND_RED = '#b71c1c';
export const HEADER_BG = '#0d3a7a';

export const THEME: ThemeConfig = {
  token: { colorPrimary: '#1d5bbf', borderRadius: 4 },
  components: {
    Layout: { headerBg: HEADER_BG, headerHeight: 56, headerPadding: '0 16px', siderBg: '#ffffff' },
  },
};
