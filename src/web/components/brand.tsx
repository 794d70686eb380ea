/**
 * The product mark: a red seal with 枫 and the product name.
 */
import { BRAND_RED } from '../app/theme.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export function Brand({ compact = false, onDark = false }: { compact?: boolean; onDark?: boolean }) {
  const { t } = useI18n();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 10, whiteSpace: 'nowrap' }}>
      <span
        aria-hidden
        style={{
          width: 30,
          height: 30,
          borderRadius: 4,
          background: BRAND_RED,
          color: '#fff',
          display: 'grid',
          placeItems: 'center',
          fontSize: 18,
          lineHeight: 1,
          fontWeight: 700,
          flex: 'none',
          boxShadow: onDark ? '0 0 0 1px rgba(255,255,255,0.35)' : undefined,
        }}
      >
        枫
      </span>
      <span
        style={{
          fontSize: 17,
          lineHeight: 1.3,
          fontWeight: 600,
          letterSpacing: 1,
          color: onDark ? '#fff' : 'rgba(0,0,0,0.88)',
        }}
      >
        {compact ? t('app.brand') : t('app.title')}
      </span>
    </span>
  );
}
