import { useState } from 'react';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import { useAddAgendaItem, useRemoveAgendaItem, useReorderAgenda } from './meeting-queries';

/**
 * "Remove" acts at once, and "Undo" puts the same item back where it was (added again, then moved
 * to its old place), so a slip of the mouse costs one click rather than retyping the item.
 */
export function useUndoableRemoval(meetingId: number) {
  const remove = useRemoveAgendaItem();
  const add = useAddAgendaItem();
  const reorder = useReorderAgenda();
  const [removed, setRemoved] = useState<{ item: AgendaItem; position: number }>();

  async function undo() {
    if (!removed) return;
    const { item, position } = removed;
    const { kind, title, presenterMemberId, plannedMinutes } = item;
    try {
      const detail = await add.mutateAsync({ meetingId, item: { kind, title, presenterMemberId, plannedMinutes } });
      const ids = detail.agenda.map((entry) => entry.id);
      const restored = ids.pop();
      if (restored !== undefined && position < ids.length) {
        ids.splice(position, 0, restored);
        await reorder.mutateAsync({ meetingId, itemIds: ids });
      }
      setRemoved(undefined);
    } catch {
      // The mutation keeps its error for the banner.
    }
  }

  return {
    removed,
    busy: remove.isPending || add.isPending || reorder.isPending,
    error: remove.error ?? add.error,
    remove: (item: AgendaItem, position: number) =>
      remove.mutate({ itemId: item.id }, { onSuccess: () => setRemoved({ item, position }) }),
    undo,
  };
}
