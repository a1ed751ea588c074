/** The audit log: one row per write, in the transaction of the write (so both happen or neither). */
import type { Actor } from '../../actor.ts';
import type { auditLog } from '../schema.ts';
import type { SqlClient } from '../sql-client.ts';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

export const recordAudit = async (
  tx: SqlClient,
  orgId: string,
  actor: Actor,
  entries: AuditEntry | AuditEntry[],
): Promise<void> => {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
  await tx.query(
    `insert into audit_log (org_id, actor_user_id, actor_token_id, actor, action, entity, entity_id, before, after, request_id)
     select $1, $2::uuid, $3::uuid, $4, x.action, x.entity, x.entity_id, x.before::jsonb, x.after::jsonb, $5
     from unnest($6::text[], $7::text[], $8::text[], $9::text[], $10::text[]) as x(action, entity, entity_id, before, after)`,
    [
      orgId,
      actor.userId ?? null,
      actor.tokenId ?? null,
      actor.label,
      actor.requestId ?? null,
      list.map((e) => e.action),
      list.map((e) => e.entity),
      list.map((e) => e.entityId ?? null),
      list.map((e) => json(e.before)),
      list.map((e) => json(e.after)),
    ],
  );
};

export type AuditRow = Omit<typeof auditLog.$inferSelect, 'orgId'>;

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  action?: string;
  actorUserId?: string;
  since?: string;
  until?: string;
  limit: number;
  offset: number;
}

export const listAudit = async (
  db: SqlClient,
  orgId: string,
  f: AuditFilter,
): Promise<{ items: AuditRow[]; total: number }> => {
  const where = `org_id = $1 and ($2::text is null or entity = $2) and ($3::text is null or entity_id = $3)
    and ($4::text is null or action = $4) and ($5::uuid is null or actor_user_id = $5)
    and ($6::timestamptz is null or at >= $6) and ($7::timestamptz is null or at < $7)`;
  const params = [
    orgId,
    f.entity ?? null,
    f.entityId ?? null,
    f.action ?? null,
    f.actorUserId ?? null,
    f.since ?? null,
    f.until ?? null,
  ];
  const [count] = await db.query<{ n: number }>(
    `select count(*)::int as n from audit_log where ${where}`,
    params,
  );
  const items = await db.query<AuditRow>(
    `select id, at, actor, actor_user_id as "actorUserId", actor_token_id as "actorTokenId", action, entity,
            entity_id as "entityId", before, after, request_id as "requestId"
     from audit_log where ${where} order by at desc, id limit $8 offset $9`,
    [...params, f.limit, f.offset],
  );
  return { items, total: count!.n };
};
