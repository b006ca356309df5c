import { useTranslation } from 'react-i18next';
import { noticeFields, placeholderFor } from '../../../../shared/domain/notice-fields';

/** The fields a notice text may use, each with what it becomes. */
export function NoticeFieldsHelp() {
  const { t } = useTranslation('notices');
  return (
    <section aria-labelledby="notice-fields-title">
      <h2 id="notice-fields-title">{t('texts.fieldsTitle')}</h2>
      <dl className="facts">
        {noticeFields.map((field) => (
          <div key={field} className="notices-field-help">
            <dt>
              <code>{placeholderFor(field)}</code>
            </dt>
            <dd>{t(`texts.fields.${field}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
