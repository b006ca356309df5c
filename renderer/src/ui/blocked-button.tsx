import { useId, type ButtonHTMLAttributes } from 'react';

/**
 * A button that cannot succeed right now is disabled, with the reason written beside it (and read
 * with it by screen readers) instead of failing after a click.
 */
export function BlockedButton({
  blockedBy,
  children,
  disabled,
  ...buttonProps
}: ButtonHTMLAttributes<HTMLButtonElement> & { blockedBy: string | null | undefined }) {
  const reasonId = useId();
  return (
    <span className="blocked-button">
      <button type="button" {...buttonProps} disabled={!!blockedBy || disabled} aria-describedby={blockedBy ? reasonId : undefined}>
        {children}
      </button>
      {blockedBy && (
        <span id={reasonId} className="blocked-button__reason">
          {blockedBy}
        </span>
      )}
    </span>
  );
}
