import { useTranslation } from 'react-i18next';
import type { Control, FieldPathByValue, FieldValues } from 'react-hook-form';
import { provinceCodes, type ProvinceCode } from '../../../shared/domain/provinces';
import { FormSelectField } from './form-fields';

/** The province or territory a record belongs to, for every form that has one. */
export function FormProvinceField<Values extends FieldValues>({
  control,
  name,
}: {
  control: Control<Values, unknown, unknown>;
  name: FieldPathByValue<Values, ProvinceCode>;
}) {
  const { t } = useTranslation();
  return (
    <FormSelectField<Values, ProvinceCode>
      control={control}
      name={name}
      label={t('province')}
      options={provinceCodes.map((code) => ({ value: code, label: t(`provinces.${code}`) }))}
    />
  );
}
