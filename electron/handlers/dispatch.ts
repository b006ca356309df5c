import type { z } from 'zod';
import { contract, isOperationName } from '../../shared/contract';
import type { AppErrorShape, Envelope, FieldIssue } from '../../shared/errors';
import { englishFieldMessage, fieldProblemOf } from '../../shared/validation';
import { DomainError } from '../domain-error';
import { storageFailureShape } from '../ledger/storage-failure';
import type { HandlerContext } from './handler-types';
import { handlers } from './index';

/** Each refused field with its reason, so the renderer words it in the coordinator's language. */
function issuesFrom(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const { reason, params } = fieldProblemOf(issue);
    const message = issue.code === 'unrecognized_keys' ? englishFieldMessage({ reason, params }) : issue.message;
    return { path, message, reason, ...(Object.keys(params).length ? { params } : {}) };
  });
}

function describeIssues(issues: FieldIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path} ${issue.message}` : issue.message)).join('; ');
}

function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** Turns anything a handler threw into a message for the coordinator; nothing was saved in any case. */
export function errorShapeFrom(error: unknown): AppErrorShape {
  if (error instanceof DomainError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.issues.length ? { issues: error.issues } : {}),
      ...(error.reason ? { reason: error.reason, params: error.params } : {}),
    };
  }
  const storage = storageFailureShape(error);
  if (storage) return storage;
  const code = sqliteCode(error) ?? '';
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'conflict', reason: 'ledger.conflict', message: `That change conflicts with records already in the ledger (${(error as Error).message}). Nothing was saved.` };
  }
  return { code: 'internal', message: `Something went wrong: ${(error as Error)?.message ?? String(error)}. Nothing was saved.` };
}

export type Dispatch = (operation: string, rawInput: unknown) => Promise<Envelope<unknown>>;

/**
 * The single entry every transport calls: looks up the operation, parses the untrusted input
 * against its schema, runs the handler, and checks the output leaves in the promised shape.
 */
export function createDispatcher(context: HandlerContext, onInternalError: (error: unknown) => void = console.error): Dispatch {
  return async (operation, rawInput) => {
    if (!isOperationName(operation)) {
      return { ok: false, error: { code: 'unknown_operation', reason: 'app.unknownOperation', message: `There is no operation named "${operation.slice(0, 100)}"` } };
    }
    const definition = contract[operation];
    let parsed: ReturnType<typeof definition.input.safeParse>;
    try {
      parsed = definition.input.safeParse(rawInput);
    } catch (error) {
      // A schema's refinement or message tripped over a value no client sends (a null-prototype object...).
      onInternalError(error);
      return { ok: false, error: { code: 'invalid_input', reason: 'app.wrongKindOfInput', message: `Invalid ${operation}: the input has values of the wrong kind`, issues: [{ path: '', message: 'has values of the wrong kind' }] } };
    }
    if (!parsed.success) {
      const issues = issuesFrom(parsed.error);
      return { ok: false, error: { code: 'invalid_input', message: `Invalid ${operation}: ${describeIssues(issues)}`, issues } };
    }
    try {
      const handler = handlers[operation] as (input: unknown, context: HandlerContext) => Promise<unknown>;
      const result = await handler(parsed.data, context);
      const output = definition.output.safeParse(result);
      if (!output.success) {
        onInternalError(output.error);
        return { ok: false, error: { code: 'internal', message: `${operation} produced a result the app did not expect` } };
      }
      return { ok: true, data: output.data };
    } catch (error) {
      const shape = errorShapeFrom(error);
      if (shape.code === 'internal') onInternalError(error);
      return { ok: false, error: shape };
    }
  };
}
