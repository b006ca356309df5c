import type { z } from 'zod';
import { ledgerOperations } from './ledger';
import { memberOperations } from './members';
import { meetingOperations } from './meetings';
import { interpretationOperations } from './interpretation';
import { minutesOperations } from './minutes';
import { recommendationOperations } from './recommendations';
import { voteOperations } from './votes';
import { reportOperations } from './reports';
import { safetyOperations } from './safety';
import { backupEncryptionOperations } from './backup-encryption';
import { auditOperations } from './audit';
import { organisationOperations } from './organisations';
import { workingGroupOperations } from './working-groups';
import { consentOperations } from './consent';
import { memberPrivacyOperations } from './member-privacy';
import { importOperations } from './imports';
import { rosterOperations } from './roster';
import { preferenceOperations } from './preferences';
import { noticeOperations } from './notices';
import { fundingOperations } from './funding';

/** The one table of operations. Every transport, handler registry and client derives from it. */
export const contract = {
  ...ledgerOperations,
  ...memberOperations,
  ...meetingOperations,
  ...interpretationOperations,
  ...minutesOperations,
  ...recommendationOperations,
  ...voteOperations,
  ...reportOperations,
  ...safetyOperations,
  ...backupEncryptionOperations,
  ...auditOperations,
  ...organisationOperations,
  ...workingGroupOperations,
  ...consentOperations,
  ...memberPrivacyOperations,
  ...importOperations,
  ...rosterOperations,
  ...preferenceOperations,
  ...noticeOperations,
  ...fundingOperations,
} as const;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type OperationInput<Name extends OperationName> = z.input<Contract[Name]['input']>;
export type ParsedInput<Name extends OperationName> = z.output<Contract[Name]['input']>;
export type OperationOutput<Name extends OperationName> = z.output<Contract[Name]['output']>;

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(contract, name);
}

/** The typed client both transports provide to the renderer. */
export type ContractClient = {
  [Name in OperationName]: (input: OperationInput<Name>) => Promise<OperationOutput<Name>>;
};
