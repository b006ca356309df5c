import { useTranslation } from 'react-i18next';
import type { Section } from '../../app/routes';

export function PlaceholderPage({ section }: { section: Section }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="placeholder-title">
      <h1 id="placeholder-title">{t(`nav.${section}`)}</h1>
      <p>{t('placeholder.body')}</p>
    </section>
  );
}
