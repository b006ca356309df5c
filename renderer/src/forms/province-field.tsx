import { useTranslation } from 'react-i18next';
import type { Control, FieldPathByValue, FieldValues } from 'react-hook-form';
import { canadianTimeZones, provinceCodes, type ProvinceCode } from '../../../shared/domain/provinces';
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

/** A meeting's time zone: Canada's zones, and the meeting's own if it names another. */
export function FormTimeZoneField<Values extends FieldValues>({
  control,
  name,
  current,
}: {
  control: Control<Values, unknown, unknown>;
  name: FieldPathByValue<Values, string>;
  current: string;
}) {
  const { t } = useTranslation();
  const zones: string[] = canadianTimeZones.includes(current as never) ? [...canadianTimeZones] : [current, ...canadianTimeZones];
  return (
    <FormSelectField<Values, string>
      control={control}
      name={name}
      label={t('timeZone')}
      options={zones.map((zone) => ({ value: zone, label: zone.replace('America/', '').replace('_', ' ') }))}
    />
  );
}
