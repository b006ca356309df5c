import { z } from 'zod';
import { contract, operationNames } from '../../shared/contract';

/** GET /api: every operation with the JSON Schema of its input and output, for scripts and integrations. */
export function describeApi(): { operations: Record<string, unknown> } {
  const operations: Record<string, unknown> = {};
  for (const name of operationNames) {
    const definition = contract[name];
    operations[name] = {
      summary: definition.summary,
      kind: definition.kind,
      method: 'POST',
      path: `/api/${name}`,
      input: z.toJSONSchema(definition.input, { io: 'input', unrepresentable: 'any' }),
      output: z.toJSONSchema(definition.output, { io: 'output', unrepresentable: 'any' }),
    };
  }
  return { operations };
}
