import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveItem, type AgendaItem } from '../../../../shared/domain/agenda';
import type { MeetingDetail } from '../../../../shared/domain/meeting-detail';
import { ErrorBanner } from '../../ui/error-banner';
import { AgendaItemForm } from './agenda-item-form';
import { AgendaItemRow } from './agenda-item-row';
import { AgendaTimingLine } from './agenda-timing-line';
import { useAddAgendaItem, useReorderAgenda, useUpdateAgendaItem } from './meeting-queries';
import { useUndoableRemoval } from './use-undoable-removal';

/** The agenda: reorder with the Move up/Move down buttons (keyboard) or by dragging a row. */
export function AgendaEditor({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const meetingId = detail.meeting.id;
  const add = useAddAgendaItem();
  const update = useUpdateAgendaItem();
  const reorder = useReorderAgenda();
  const removal = useUndoableRemoval(meetingId);
  const [editingId, setEditingId] = useState<number>();
  const [announcement, setAnnouncement] = useState('');
  const [dragIndex, setDragIndex] = useState<number>();
  const focusAfterMove = useRef<string>(undefined);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const agenda = detail.agenda;

  useEffect(() => {
    const key = focusAfterMove.current;
    if (key) buttons.current.get(key)?.focus();
    focusAfterMove.current = undefined;
  }, [agenda]);

  async function move(from: number, to: number, focusKey?: string) {
    const item = agenda[from];
    if (!item || to < 0 || to >= agenda.length) return;
    focusAfterMove.current = focusKey;
    await reorder.mutateAsync({ meetingId, itemIds: moveItem(agenda, from, to).map((entry) => entry.id) }).then(
      () => setAnnouncement(t('agenda.moved', { title: item.title, position: to + 1 })),
      () => undefined,
    );
  }

  const buttonRef = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  return (
    <section aria-labelledby="agenda-title" className="meetings-agenda">
      <h2 id="agenda-title">{t('agenda.title')}</h2>
      <AgendaTimingLine timing={detail.readiness.timing} />
      {!detail.readiness.opensWithWorkerVoices && (
        <p className="meetings-warning" role="status">
          {t('agenda.workerVoicesFirst')}
        </p>
      )}
      <ErrorBanner error={reorder.error ?? removal.error} />
      {removal.removed && (
        <p className="banner backups__notice" role="status">
          {t('agenda.removed', { title: removal.removed.item.title })}{' '}
          <button type="button" onClick={() => void removal.undo()} disabled={removal.busy}>
            {t('agenda.undo')}
          </button>
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {agenda.length === 0 && <p>{t('agenda.empty')}</p>}
      <ol className="meetings-agenda__list">
        {agenda.map((item: AgendaItem, index) => (
          <li
            key={item.id}
            className={dragIndex === index ? 'meetings-agenda__item meetings-agenda__item--dragging' : 'meetings-agenda__item'}
            draggable={editingId === undefined}
            onDragStart={(event) => {
              setDragIndex(index);
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', String(item.id));
            }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              if (dragIndex !== undefined) void move(dragIndex, index);
              setDragIndex(undefined);
            }}
            onDragEnd={() => setDragIndex(undefined)}
            data-testid="agenda-item"
          >
            {editingId === item.id ? (
              <AgendaItemForm
                initial={item}
                submitLabel={tc('actions.save')}
                error={update.error}
                busy={update.isPending}
                onSubmit={(draft) => update.mutateAsync({ itemId: item.id, item: draft }).then(() => setEditingId(undefined))}
                onCancel={() => setEditingId(undefined)}
              />
            ) : (
              <AgendaItemRow
                item={item}
                position={index}
                count={agenda.length}
                buttonRef={buttonRef}
                onMove={(to, focusKey) => void move(index, to, focusKey)}
                onEdit={() => setEditingId(item.id)}
                onRemove={() => removal.remove(item, index)}
              />
            )}
          </li>
        ))}
      </ol>
      <h3>{t('agenda.addTitle')}</h3>
      <AgendaItemForm
        submitLabel={t('agenda.add')}
        error={add.error}
        busy={add.isPending}
        onSubmit={(draft) => add.mutateAsync({ meetingId, item: draft })}
      />
    </section>
  );
}
