import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveItem } from '../../../../shared/domain/agenda';
import type { MeetingDetail } from '../../../../shared/domain/meeting-detail';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/error-banner';
import { AgendaItemForm, type AgendaItemInput } from './agenda-item-form';
import { AgendaTimingLine } from './agenda-timing-line';
import { toAppError } from '../../api/to-app-error';

/** The agenda: reorder with the Move up/Move down buttons (keyboard) or by dragging a row. */
export function AgendaEditor({
  detail,
  onChange,
}: {
  detail: MeetingDetail;
  onChange: (detail: MeetingDetail) => void;
}) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const [error, setError] = useState<AppError>();
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

  async function run(action: () => Promise<MeetingDetail>) {
    setError(undefined);
    try {
      onChange(await action());
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  async function move(from: number, to: number, focusKey?: string) {
    const item = agenda[from];
    if (!item || to < 0 || to >= agenda.length) return;
    const itemIds = moveItem(agenda, from, to).map((entry) => entry.id);
    focusAfterMove.current = focusKey;
    await run(() => call('meetings.agenda.reorder', { meetingId: detail.meeting.id, itemIds }));
    setAnnouncement(t('agenda.moved', { title: item.title, position: to + 1 }));
  }

  const add = (item: AgendaItemInput) =>
    call('meetings.agenda.add', { meetingId: detail.meeting.id, item }).then(onChange);
  const update = (itemId: number) => (item: AgendaItemInput) =>
    call('meetings.agenda.update', { itemId, item }).then((next) => {
      onChange(next);
      setEditingId(undefined);
    });
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
      <ErrorBanner error={error} />
      <p className="meetings-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {agenda.length === 0 && <p>{t('agenda.empty')}</p>}
      <ol className="meetings-agenda__list">
        {agenda.map((item, index) => (
          <li
            key={item.id}
            className={
              dragIndex === index ? 'meetings-agenda__item meetings-agenda__item--dragging' : 'meetings-agenda__item'
            }
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
                onSubmit={update(item.id)}
                onCancel={() => setEditingId(undefined)}
              />
            ) : (
              <div className="meetings-agenda__row">
                <span className="meetings-agenda__handle" aria-hidden="true">
                  ⠿
                </span>
                <span className="meetings-agenda__position">{index + 1}.</span>
                <span className="meetings-agenda__main">
                  <strong>{item.title}</strong>
                  <span className="tag">{t(`agendaKinds.${item.kind}`)}</span>
                  {item.presenterName && (
                    <span className="muted">
                      {' '}
                      · {item.presenterName}
                      {item.presenterIsAlias && <span className="tag">{t('alias')}</span>}
                    </span>
                  )}
                </span>
                <span>{t('agenda.minutesShort', { count: item.plannedMinutes })}</span>
                <span className="meetings-agenda__buttons">
                  <button
                    type="button"
                    ref={buttonRef(`${item.id}-up`)}
                    disabled={index === 0}
                    aria-label={t('agenda.moveUpNamed', { title: item.title })}
                    onClick={() => void move(index, index - 1, `${item.id}-up`)}
                  >
                    {t('agenda.moveUp')}
                  </button>
                  <button
                    type="button"
                    ref={buttonRef(`${item.id}-down`)}
                    disabled={index === agenda.length - 1}
                    aria-label={t('agenda.moveDownNamed', { title: item.title })}
                    onClick={() => void move(index, index + 1, `${item.id}-down`)}
                  >
                    {t('agenda.moveDown')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('agenda.editNamed', { title: item.title })}
                    onClick={() => setEditingId(item.id)}
                  >
                    {tc('actions.edit')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('agenda.removeNamed', { title: item.title })}
                    onClick={() => void run(() => call('meetings.agenda.remove', { itemId: item.id }))}
                  >
                    {t('agenda.remove')}
                  </button>
                </span>
              </div>
            )}
          </li>
        ))}
      </ol>
      <h3>{t('agenda.addTitle')}</h3>
      <AgendaItemForm submitLabel={t('agenda.add')} onSubmit={add} />
    </section>
  );
}
