/** The wall dashboard's dark look: deep navy background, panels with a thin cyan edge, light text. */
import { theme, type ThemeConfig } from 'antd';
import type { CSSProperties } from 'react';

export const WALL = {
  background: '#050f24',
  panel: 'rgba(12, 33, 74, 0.72)',
  edge: 'rgba(56, 189, 248, 0.35)',
  text: '#e2e8f0',
  muted: '#94a3b8',
  accent: '#38bdf8',
  red: '#f87171',
  green: '#4ade80',
  amber: '#fbbf24',
} as const;

export const WALL_THEME: ThemeConfig = {
  algorithm: theme.darkAlgorithm,
  token: { colorPrimary: WALL.accent, colorBgContainer: 'transparent', fontSize: 16 },
};

export const panelStyle: CSSProperties = {
  background: WALL.panel,
  border: `1px solid ${WALL.edge}`,
  borderRadius: 6,
  padding: '12px 16px',
  display: 'flex',
  flexDirection: 'column',
  minHeight: 0,
  minWidth: 0,
  boxShadow: 'inset 0 0 24px rgba(56, 189, 248, 0.08)',
};
