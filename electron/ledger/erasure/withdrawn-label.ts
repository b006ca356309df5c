/** The neutral label a withdrawn member's name becomes, numbered by a counter that says nothing about them. */
export function withdrawnLabel(number: number): string {
  return `Withdrawn member ${number}`;
}

/** Whether a name is already a withdrawal label (whichever number): such a row no longer names anyone. */
export function isWithdrawnLabel(text: unknown): boolean {
  return typeof text === 'string' && /^Withdrawn member \d+$/.test(text);
}
