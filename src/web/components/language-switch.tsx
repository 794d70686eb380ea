/**
 * 中文 / English switch, on the sign-in page and in the header.
 */
import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';
import { LOCALES, parseLocale } from '../i18n/translate.ts';

export function LanguageSwitch({
  onDark = false,
  iconOnly = false,
}: {
  onDark?: boolean;
  iconOnly?: boolean;
}) {
  const { locale, setLocale, t } = useI18n();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [locale],
        items: LOCALES.map((value) => ({ key: value, label: t(`lang.${value}`) })),
        onClick: ({ key }) => setLocale(parseLocale(key) ?? 'zh-CN'),
      }}
    >
      <Button
        type="text"
        icon={<GlobalOutlined />}
        aria-label={t('lang.switch')}
        style={onDark ? { color: 'rgba(255,255,255,0.92)' } : undefined}
      >
        {iconOnly ? null : t(`lang.${locale}`)}
      </Button>
    </Dropdown>
  );
}
