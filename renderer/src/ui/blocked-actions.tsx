import { useId } from 'react';

/**
 * A row of buttons that cannot succeed right now: all disabled, with the one reason written below
 * them (and read with each by screen readers) instead of failing after a click.
 */
export function BlockedActions({
  blockedBy,
  disabled,
  actions,
}: {
  blockedBy: string | null | undefined;
  disabled?: boolean;
  actions: ReadonlyArray<{ label: string; onClick: () => void }>;
}) {
  const reasonId = useId();
  return (
    <>
      <div className="actions">
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            className="button--primary"
            disabled={!!blockedBy || disabled}
            aria-describedby={blockedBy ? reasonId : undefined}
            onClick={action.onClick}
          >
            {action.label}
          </button>
        ))}
      </div>
      {blockedBy && (
        <p id={reasonId} className="reports-blocked">
          {blockedBy}
        </p>
      )}
    </>
  );
}
