import type { Role } from '../../schema/accounts.ts';
import type { memberships, partners, users } from '../../schema.ts';
import type { SqlClient } from '../../sql-client.ts';

export type MemberRow = Pick<typeof memberships.$inferSelect, 'userId' | 'role' | 'createdAt'> &
  Pick<typeof users.$inferSelect, 'email' | 'name'> & {
    /** The partner's external id (partner users). */
    partner: (typeof partners.$inferSelect)['externalId'] | null;
  };

const select = `select u.id as "userId", u.email, u.name, m.role, p.external_id as partner, m.created_at as "createdAt"
  from memberships m join users u on u.id = m.user_id
  left join partners p on p.org_id = m.org_id and p.id = m.partner_id`;

export const listMembers = (db: SqlClient, orgId: string): Promise<MemberRow[]> =>
  db.query<MemberRow>(`${select} where m.org_id = $1 order by u.email`, [orgId]);

export const findMember = async (
  db: SqlClient,
  orgId: string,
  userId: string,
): Promise<MemberRow | undefined> =>
  (await db.query<MemberRow>(`${select} where m.org_id = $1 and m.user_id = $2`, [orgId, userId]))[0];

export const upsertMembership = async (
  db: SqlClient,
  m: { orgId: string; userId: string; role: Role; partnerId: number | null },
): Promise<void> => {
  await db.query(
    `insert into memberships (org_id, user_id, role, partner_id) values ($1, $2, $3, $4)
     on conflict (org_id, user_id) do update set role = excluded.role, partner_id = excluded.partner_id`,
    [m.orgId, m.userId, m.role, m.partnerId],
  );
};

export const deleteMembership = async (db: SqlClient, orgId: string, userId: string): Promise<boolean> =>
  (
    await db.query('delete from memberships where org_id = $1 and user_id = $2 returning user_id', [
      orgId,
      userId,
    ])
  ).length > 0;

/**
 * The org's owners, their rows locked until the transaction ends: two owners demoting each other at
 * once are taken one after the other, and the second sees the first's change (so an org always keeps
 * an owner).
 */
export const countOwnersLocked = async (db: SqlClient, orgId: string): Promise<number> =>
  (
    await db.query<{ user_id: string }>(
      `select user_id from memberships where org_id = $1 and role = 'owner' order by user_id for update`,
      [orgId],
    )
  ).length;

/** A partner's internal id by external id, within the org (for binding partner users and tokens). */
export const partnerIdOf = async (
  db: SqlClient,
  orgId: string,
  externalId: string,
): Promise<number | undefined> =>
  (
    await db.query<{ id: number }>('select id from partners where org_id = $1 and external_id = $2', [
      orgId,
      externalId,
    ])
  )[0]?.id;

/**
 * A partner user's partner by internal id: its external id, and the org's settings (which say how
 * much of the internal view the org shares with partner users), in one statement.
 */
export const partnerOfCaller = async (
  db: SqlClient,
  orgId: string,
  id: number,
): Promise<{ externalId: string; settings: unknown } | undefined> =>
  (
    await db.query<{ externalId: string; settings: unknown }>(
      `select p.external_id as "externalId", o.settings
       from partners p join orgs o on o.id = p.org_id where p.org_id = $1 and p.id = $2`,
      [orgId, id],
    )
  )[0];
