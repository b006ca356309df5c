/**
 * French spacing as a French reader expects it: a no-break space before ":", ";", "?", "!" and
 * "»", and after "«", so the punctuation never starts a line. U+00A0, the space Intl's fr-CA output
 * puts in "1 613,31 $" and "42 %", so the whole document uses one space.
 */
export const noBreakSpace = '\u00A0';

/** A high punctuation mark that ends a clause: followed by a space or the end of the text (never "18:00" or "https://"). */
const beforeHighPunctuation = /[ \u00A0\u202F]?([:;?!»])(?=[\s\u00A0\u202F]|$)/g;
const afterOpeningQuote = /«[ \u00A0\u202F]?/g;

export function frenchSpacing(text: string): string {
  return text.replace(beforeHighPunctuation, `${noBreakSpace}$1`).replace(afterOpeningQuote, `«${noBreakSpace}`);
}

/**
 * Tag for the French fixed text of the documents: spaces the words we wrote, never the values put
 * into them (a meeting title is printed as the coordinator typed it).
 *
 *   fr`Vote sur « ${title} »`  →  "Vote sur «\u00A0" + title + "\u00A0»"
 */
export function fr(words: TemplateStringsArray, ...values: readonly unknown[]): string {
  return words.reduce(
    (text, part, index) => text + frenchSpacing(part) + (index < values.length ? String(values[index]) : ''),
    '',
  );
}

type Typeset<T> = T extends string
  ? string
  : T extends (...args: never[]) => unknown
    ? T
    : { [Key in keyof T]: Typeset<T[Key]> };

/**
 * A French text table with every fixed string spaced. Functions are spaced too when they put only
 * numbers into their words (`functions: 'numbers-only'`); otherwise they are left as they are, since
 * they put the coordinator's words into ours and space their own with the fr`` tag.
 */
export function typesetFrench<T>(
  table: T,
  options: { functions: 'as-written' | 'numbers-only' } = { functions: 'as-written' },
): Typeset<T> {
  if (typeof table === 'string') return frenchSpacing(table) as Typeset<T>;
  if (typeof table === 'function') {
    if (options.functions === 'as-written') return table as Typeset<T>;
    const words = table as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => {
      const result = words(...args);
      return typeof result === 'string' ? frenchSpacing(result) : result;
    }) as Typeset<T>;
  }
  if (typeof table !== 'object' || table === null) return table as Typeset<T>;
  return Object.fromEntries(
    Object.entries(table).map(([key, value]) => [key, typesetFrench(value, options)]),
  ) as Typeset<T>;
}
