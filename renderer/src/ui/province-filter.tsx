import { useTranslation } from 'react-i18next';
import { provinceCodes, type ProvinceCode } from '../../../shared/domain/provinces';
import { SelectField } from './fields';

/** A list's filter by province or territory; '' for the whole Network. */
export function ProvinceFilter({ value, onChange }: { value: ProvinceCode | ''; onChange: (value: ProvinceCode | '') => void }) {
  const { t } = useTranslation();
  return (
    <SelectField<ProvinceCode | ''>
      label={t('province')}
      value={value}
      onChange={onChange}
      options={[{ value: '', label: t('allProvinces') }, ...provinceCodes.map((code) => ({ value: code, label: t(`provinces.${code}`) }))]}
    />
  );
}
