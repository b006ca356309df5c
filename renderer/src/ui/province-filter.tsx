import { useTranslation } from 'react-i18next';
import { provinceCodes, type ProvinceCode } from '../../../shared/domain/provinces';
import { SelectField } from './fields';

interface ProvinceFilterProps {
  value: ProvinceCode | '';
  onChange: (value: ProvinceCode | '') => void;
  /** "Province or territory" unless the choice needs saying otherwise ("Members of"). */
  label?: string;
}

/** A choice of one province or territory, or '' for the whole Network: lists' filters, an export's scope. */
export function ProvinceFilter({ value, onChange, label }: ProvinceFilterProps) {
  const { t } = useTranslation();
  return (
    <SelectField<ProvinceCode | ''>
      label={label ?? t('province')}
      value={value}
      onChange={onChange}
      options={[{ value: '', label: t('allProvinces') }, ...provinceCodes.map((code) => ({ value: code, label: t(`provinces.${code}`) }))]}
    />
  );
}
