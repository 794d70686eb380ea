/**
 * The size of the case pages' cards: compact on phones (below `md`), so a 375 px screen is spent on
 * content rather than padding.
 */
import { Grid } from 'antd';

export function useCardSize(): 'small' | undefined {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: assume a wide screen.
  return screens.md === false ? 'small' : undefined;
}
