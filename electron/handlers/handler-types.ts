import type { OperationDefinition } from '../../shared/contract/define-operation';
import type { z } from 'zod';
import type { Ledger } from '../ledger/ledger';
import type { LedgerSafety } from '../app/ledger-safety';
import type { DocumentPrinter } from '../reports/pdf/document-printer';

export interface HandlerContext {
  readonly ledger: Ledger;
  readonly dataDir: string;
  /** Backups, restore and recovery; the backend provides it, bare test dispatchers may not. */
  readonly safety?: LedgerSafety;
  /** Prints documents to PDF: the desktop app's Chromium, or web mode's browser. */
  readonly printer?: DocumentPrinter;
}

/** The handlers for one area's slice of the contract: one function per operation, typed from it. */
export type HandlersFor<Operations extends Record<string, OperationDefinition>> = {
  [Name in keyof Operations]: (
    input: z.output<Operations[Name]['input']>,
    context: HandlerContext,
  ) => Promise<z.input<Operations[Name]['output']>>;
};
