import {
  isAsOfDate,
  listRemediationUseCase,
  type RemediationItem,
  systemCaller,
  updateRemediationUseCase,
} from '@trellis/core';
import { type Command, InvalidArgumentError } from 'commander';
import { action, today } from '../action.ts';
import { print } from '../terminal.ts';
import { withDatabase } from '../with-database.ts';

const statuses = ['open', 'in_progress', 'done', 'dropped'] as const;
const statusArg = (v: string) => {
  if (!(statuses as readonly string[]).includes(v))
    throw new InvalidArgumentError(`one of: ${statuses.join(', ')}`);
  return v as RemediationItem['status'];
};
const dateArg = (v: string) => {
  if (!isAsOfDate(v)) throw new InvalidArgumentError(`'${v}' is not a date YYYY-MM-DD from 1900 to 2999`);
  return v;
};
const idArg = (v: string) => {
  if (!/^\d{1,10}$/.test(v) || Number(v) < 1 || Number(v) > 2_147_483_647)
    throw new InvalidArgumentError(`'${v}' is not an item number (1 to 2147483647)`);
  return Number(v);
};

const line = (r: RemediationItem) =>
  `#${r.id} ${r.partner} [${r.status}] due ${r.dueOn}: ${r.action} — gap: ${r.gap}; owner ${r.owner ?? '—'}, mentor ${r.mentor ?? '—'}`;

export const registerRemediation = (program: Command): void => {
  const rem = program.command('remediation').description('remediation plan items from readiness gaps');
  rem
    .command('list')
    .description('list items (all partners, or one)')
    .option('--partner <external_id>', 'only this partner')
    .option('--status <status>', 'only this status', statusArg)
    .action(
      action(async (opts: { partner?: string; status?: RemediationItem['status'] }) => {
        const shown = await withDatabase((db, orgId) =>
          listRemediationUseCase(db, systemCaller(orgId), { partner: opts.partner, status: opts.status }),
        );
        print(`${shown.map(line).join('\n')}${shown.length ? '\n' : ''}`);
      }),
    );
  rem
    .command('update')
    .description('update an item: status, owner, mentor or due date')
    .argument('<id>', 'item id', idArg)
    .option('--status <status>', statuses.join('|'), statusArg)
    .option('--owner <name>')
    .option('--mentor <name>')
    .option('--due <date>', 'YYYY-MM-DD', dateArg)
    .action(
      action(
        async (
          id: number,
          opts: { status?: RemediationItem['status']; owner?: string; mentor?: string; due?: string },
        ) => {
          const row = await withDatabase((db, orgId) =>
            updateRemediationUseCase(db, systemCaller(orgId), {
              id,
              update: { status: opts.status, owner: opts.owner, mentor: opts.mentor, dueOn: opts.due },
              today: today(),
            }),
          );
          print(`${line(row)}\n`);
        },
      ),
    );
};
