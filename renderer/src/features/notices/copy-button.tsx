import { useState } from 'react';

/** Copies a text to the clipboard and says so, for pasting a notice into a mail tool. */
export function CopyButton({ text, label, copiedLabel }: { text: string; label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <>
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span role="status" className="notices-copied">
        {copied ? copiedLabel : ''}
      </span>
    </>
  );
}
