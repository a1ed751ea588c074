import type { memberships, orgs, users } from '../../schema.ts';
import type { SqlClient } from '../../sql-client.ts';

export type UserRow = Pick<typeof users.$inferSelect, 'id' | 'email' | 'name' | 'passwordHash'>;

/**
 * A membership with its org's name; `partnerId`: partner users' partner (internal id; partners are
 * read within the org's scope).
 */
export type MembershipRow = Pick<typeof memberships.$inferSelect, 'orgId' | 'role' | 'partnerId'> & {
  orgName: (typeof orgs.$inferSelect)['name'];
};

const userColumns = `id, email, name, password_hash as "passwordHash"`;

export const findUserByEmail = async (db: SqlClient, email: string): Promise<UserRow | undefined> =>
  (await db.query<UserRow>(`select ${userColumns} from users where email = lower($1)`, [email]))[0];

export const findUserById = async (db: SqlClient, id: string): Promise<UserRow | undefined> =>
  (await db.query<UserRow>(`select ${userColumns} from users where id = $1`, [id]))[0];

export const insertUser = async (
  db: SqlClient,
  u: { email: string; name: string; passwordHash: string },
): Promise<UserRow> =>
  (
    await db.query<UserRow>(
      `insert into users (email, name, password_hash) values (lower($1), $2, $3) returning ${userColumns}`,
      [u.email, u.name, u.passwordHash],
    )
  )[0]!;

export const setPassword = async (db: SqlClient, userId: string, passwordHash: string): Promise<void> => {
  await db.query('update users set password_hash = $2, password_changed_at = now() where id = $1', [
    userId,
    passwordHash,
  ]);
};

export const countUsers = async (db: SqlClient): Promise<number> =>
  (await db.query<{ n: number }>('select count(*)::int as n from users'))[0]!.n;

/** A user's memberships, every org (read before an org is chosen: sign-in, session lookup). */
export const membershipsOf = (db: SqlClient, userId: string): Promise<MembershipRow[]> =>
  db.query<MembershipRow>(
    `select m.org_id as "orgId", o.name as "orgName", m.role, m.partner_id as "partnerId"
     from memberships m join orgs o on o.id = m.org_id
     where m.user_id = $1 order by o.name, m.org_id`,
    [userId],
  );

export const membershipIn = async (
  db: SqlClient,
  userId: string,
  orgId: string,
): Promise<MembershipRow | undefined> => (await membershipsOf(db, userId)).find((m) => m.orgId === orgId);
