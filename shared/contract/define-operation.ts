import type { z } from 'zod';

/**
 * One operation of the contract: the only way the renderer talks to the ledger.
 * Both transports (IPC and loopback HTTP) and the renderer client are derived from these.
 */
export interface OperationDefinition<Input extends z.ZodType = z.ZodType, Output extends z.ZodType = z.ZodType> {
  readonly input: Input;
  readonly output: Output;
  /** Writes change the ledger; the transports may treat them differently (e.g. audit, retries). */
  readonly kind: 'read' | 'write';
  readonly summary: string;
}

export function query<Input extends z.ZodType, Output extends z.ZodType>(
  summary: string,
  input: Input,
  output: Output,
): OperationDefinition<Input, Output> {
  return { input, output, kind: 'read', summary };
}

export function command<Input extends z.ZodType, Output extends z.ZodType>(
  summary: string,
  input: Input,
  output: Output,
): OperationDefinition<Input, Output> {
  return { input, output, kind: 'write', summary };
}
