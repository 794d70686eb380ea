/** One framed panel of the wall dashboard: a title bar and content that fills the rest. */
import type { CSSProperties, ReactNode } from 'react';
import { WALL, panelStyle } from './dashboard-theme.ts';

export function WallPanel({
  title,
  extra,
  children,
  style,
  testId,
}: {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  style?: CSSProperties;
  testId?: string;
}) {
  return (
    <section style={{ ...panelStyle, ...style }} data-testid={testId}>
      <header
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          borderLeft: `4px solid ${WALL.accent}`,
          paddingLeft: 10,
          marginBottom: 8,
          fontSize: 20,
          fontWeight: 600,
          color: WALL.text,
          whiteSpace: 'nowrap',
        }}
      >
        <span>{title}</span>
        {extra}
      </header>
      <div style={{ flex: 1, minHeight: 0, position: 'relative' }}>{children}</div>
    </section>
  );
}
