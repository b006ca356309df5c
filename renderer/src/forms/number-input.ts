/**
 * What a number input holds, for the schema to judge. An empty box becomes undefined, so the schema
 * reports the field as required rather than malformed; it is typed as a number because that is what
 * the schema's input declares, and the schema is what refuses it.
 */
export function numberFromInput(text: string): number {
  const trimmed = text.trim();
  return (trimmed === '' ? undefined : Number(trimmed.replace(',', '.'))) as number;
}
