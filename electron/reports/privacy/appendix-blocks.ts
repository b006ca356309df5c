import { heading, paragraph, type DocumentBlock } from '../document/report-document';
import type { DisclosureAppendix } from './disclosure-appendix';

/** The appendix every shared document ends with, as document blocks. */
export function appendixBlocks(appendix: DisclosureAppendix): DocumentBlock[] {
  return [
    heading(appendix.heading, 1),
    ...appendix.statements.map((statement, index) => paragraph(statement, index === 0 ? 'strong' : undefined)),
    ...appendix.entries.map((entry) => paragraph(entry, 'small')),
  ];
}
