import { useTranslation } from 'react-i18next';
import type { AgendaTiming } from '../../../../shared/domain/agenda';
import { formatHours } from '../../i18n/format';

export function AgendaTimingLine({ timing }: { timing: AgendaTiming }) {
  const { t } = useTranslation('meetings');
  return (
    <>
      <p className="meetings-agenda__timing">
        {t('agenda.timing', {
          planned: formatHours(timing.plannedMinutes),
          available: formatHours(Math.max(0, timing.meetingMinutes)),
        })}
      </p>
      {timing.overrunMinutes > 0 && (
        <p className="meetings-warning" role="status">
          {t('agenda.overrun', { count: timing.overrunMinutes })}
        </p>
      )}
    </>
  );
}
