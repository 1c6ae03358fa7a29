import { Button } from 'antd';
import { useI18n } from '@/lib/i18n';

/** One click to the other language; its name is written in that language. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const next = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
  return (
    <Button type="text" lang={next} onClick={() => setLocale(next)}>
      {t('app.language.switch')}
    </Button>
  );
}
