import type { LifecycleProblem } from '../../../shared/domain/recommendation-lifecycle';
import { DomainError } from '../../domain-error';

/**
 * Turns lifecycle problems into the error the coordinator sees; an illegal move outranks field problems.
 * `prefix` is where the checked object sits in the operation's input (e.g. "change"), so forms find their fields.
 */
export function throwIfProblems(problems: readonly (LifecycleProblem | null)[], what: string, prefix = ''): void {
  const real = problems.filter((problem): problem is LifecycleProblem => problem !== null);
  if (real.length === 0) return;
  const fullPath = (path: string) => [prefix, path].filter(Boolean).join('.');
  const illegal = real.find((problem) => problem.code === 'illegal_transition');
  if (illegal) {
    const problem = { reason: illegal.reason, params: illegal.params ?? {} };
    throw new DomainError(
      'illegal_transition',
      illegal.message,
      [{ path: fullPath(illegal.path), message: illegal.message, ...problem }],
      problem,
    );
  }
  const issues = real.map(({ path, message, reason, params }) => ({
    path: fullPath(path),
    message,
    reason,
    ...(params ? { params } : {}),
  }));
  const described = issues.map((issue) => (issue.path ? `${issue.path} ${issue.message}` : issue.message)).join('; ');
  throw new DomainError('invalid_input', `Invalid ${what}: ${described}`, issues);
}
