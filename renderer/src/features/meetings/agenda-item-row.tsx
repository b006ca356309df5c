import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import { Tag } from '../../ui/tag';

/** One agenda item with its move, edit and remove buttons, each named after the item for screen readers. */
export function AgendaItemRow({
  item,
  position,
  count,
  buttonRef,
  onMove,
  onEdit,
  onRemove,
}: {
  item: AgendaItem;
  position: number;
  count: number;
  buttonRef: (key: string) => (element: HTMLButtonElement | null) => void;
  onMove: (to: number, focusKey: string) => void;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  return (
    <div className="meetings-agenda__row">
      <span className="meetings-agenda__handle" aria-hidden="true">
        ⠿
      </span>
      <span className="meetings-agenda__position">{position + 1}.</span>
      <span className="meetings-agenda__main">
        <strong>{item.title}</strong>
        <Tag>{t(`agendaKinds.${item.kind}`)}</Tag>
        {item.presenterName && (
          <span className="muted">
            {' '}
            · {item.presenterName}
            {item.presenterIsAlias && <Tag>{t('alias')}</Tag>}
          </span>
        )}
      </span>
      <span>{t('agenda.minutesShort', { count: item.plannedMinutes })}</span>
      <span className="meetings-agenda__buttons">
        <button
          type="button"
          ref={buttonRef(`${item.id}-up`)}
          disabled={position === 0}
          aria-label={t('agenda.moveUpNamed', { title: item.title })}
          onClick={() => onMove(position - 1, `${item.id}-up`)}
        >
          {t('agenda.moveUp')}
        </button>
        <button
          type="button"
          ref={buttonRef(`${item.id}-down`)}
          disabled={position === count - 1}
          aria-label={t('agenda.moveDownNamed', { title: item.title })}
          onClick={() => onMove(position + 1, `${item.id}-down`)}
        >
          {t('agenda.moveDown')}
        </button>
        <button type="button" aria-label={t('agenda.editNamed', { title: item.title })} onClick={onEdit}>
          {tc('actions.edit')}
        </button>
        <button type="button" aria-label={t('agenda.removeNamed', { title: item.title })} onClick={onRemove}>
          {t('agenda.remove')}
        </button>
      </span>
    </div>
  );
}
