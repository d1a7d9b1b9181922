// Staff accounts and their sessions on PostgreSQL (as sqlite-account-store.ts). E-mails match as
// SQLite's NOCASE (ASCII letters folded: lower() under "C"); two instances creating one e-mail at
// once meet the unique index, which is the same RuleError as the check before it.
import { randomBytes } from 'node:crypto';
import { NotFoundError } from '../../../domain/errors/not-found-error';
import { RuleError } from '../../../domain/errors/rule-error';
import type { NewUser, StaffUser } from '../../../domain/model/account';
import type { Role } from '../../../domain/staff-roles';
import type { AccountStore } from '../../../domain/store/account-store';
import { PgAuditedStore } from './pg-audited-store';
import type { PgDatabase, PgQueryable } from './pg-database';
import { isId, isUniqueViolation } from './pg-util';

type UserRow = Omit<StaffUser, 'active'> & { active: number; password_hash: string };

const toUser = (r: UserRow): StaffUser => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  active: r.active === 1,
  created_at: r.created_at
});

const USER = 'id, email, name, role, password_hash, active, created_at';
const BY_EMAIL = `SELECT ${USER} FROM users WHERE lower(email COLLATE "C") = lower($1::text COLLATE "C")`;

const taken = (email: string) =>
  new RuleError('account-taken', `Ya existe una cuenta con el correo «${email}».`);

export class PgAccountStore extends PgAuditedStore implements AccountStore {
  private readonly secrets = new Map<string, string>();

  constructor(db: PgDatabase, now: () => string) {
    super(db, now);
  }

  /** Active accounts with this role. */
  async count(role: Role): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      'SELECT count(*) AS n FROM users WHERE role = $1 AND active = 1',
      [role]
    );
    return row!.n;
  }

  /** RuleError 'account-taken' when the e-mail has an account. */
  async create(user: NewUser, actor: string): Promise<StaffUser> {
    try {
      return await this.db.tx(async (c) => {
        if ((await c.query(BY_EMAIL, [user.email])).length) throw taken(user.email);
        const [row] = await c.query<UserRow>(
          `INSERT INTO users (email, name, role, password_hash, created_at)
           VALUES ($1, $2, $3, $4, $5) RETURNING ${USER}`,
          [user.email, user.name, user.role, user.passwordHash, this.now()]
        );
        await this.audit.recordIn(
          c,
          actor,
          'cuenta.crear',
          {},
          { email: user.email, rol: user.role }
        );
        return toUser(row!);
      });
    } catch (e) {
      if (isUniqueViolation(e, 'users_email_nocase')) throw taken(user.email);
      throw e;
    }
  }

  /** The account and its password hash, for signing in. */
  async credentials(email: string): Promise<{ user: StaffUser; hash: string } | null> {
    const [row] = await this.db.query<UserRow>(BY_EMAIL, [email.trim()]);
    return row ? { user: toUser(row), hash: row.password_hash } : null;
  }

  async list(): Promise<StaffUser[]> {
    const rows = await this.db.query<UserRow>(
      `SELECT ${USER} FROM users ORDER BY role COLLATE "C", lower(name COLLATE "C")`
    );
    return rows.map(toUser);
  }

  /** Deactivating also ends the account's sessions. */
  setActive(id: number, active: boolean, actor: string): Promise<void> {
    return this.db.tx(async (c) => {
      const row = await this.byId(c, id);
      await c.query('UPDATE users SET active = $1 WHERE id = $2', [active ? 1 : 0, id]);
      if (!active) await c.query('DELETE FROM sessions WHERE user_id = $1', [id]);
      await this.audit.recordIn(
        c,
        actor,
        active ? 'cuenta.activar' : 'cuenta.desactivar',
        {},
        { email: row.email }
      );
    });
  }

  /** New password; every session of the account ends. */
  setPassword(id: number, passwordHash: string, actor: string): Promise<void> {
    return this.db.tx(async (c) => {
      const row = await this.byId(c, id);
      await c.query('UPDATE users SET password_hash = $1 WHERE id = $2', [passwordHash, id]);
      await c.query('DELETE FROM sessions WHERE user_id = $1', [id]);
      await this.audit.recordIn(c, actor, 'cuenta.contraseña', {}, { email: row.email });
    });
  }

  addSession(tokenHash: string, userId: number, expiresAt: string): Promise<void> {
    return this.db.tx(async (c) => {
      await c.query('DELETE FROM sessions WHERE expires_at COLLATE "C" <= $1', [this.now()]);
      await c.query('INSERT INTO sessions VALUES ($1, $2, $3, $4)', [
        tokenHash,
        userId,
        this.now(),
        expiresAt
      ]);
    });
  }

  /** The active account behind an unexpired session. */
  async sessionUser(tokenHash: string): Promise<StaffUser | null> {
    const [row] = await this.db.query<UserRow>(
      `SELECT u.id, u.email, u.name, u.role, u.password_hash, u.active, u.created_at
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.expires_at COLLATE "C" > $2 AND u.active = 1`,
      [tokenHash, this.now()]
    );
    return row ? toUser(row) : null;
  }

  async dropSession(tokenHash: string): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  /** A random 32-byte secret kept in the database (created on first use; survives restarts). */
  async secret(name: string): Promise<string> {
    let value = this.secrets.get(name);
    if (!value) {
      // Read once per process: every request checks its cookie against it.
      await this.db.query('INSERT INTO app_secrets VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
        name,
        randomBytes(32).toString('hex')
      ]);
      const [row] = await this.db.query<{ value: string }>(
        'SELECT value FROM app_secrets WHERE name = $1',
        [name]
      );
      value = row!.value;
      this.secrets.set(name, value);
    }
    return value;
  }

  /** Records a staff action that is not a write of this store (sign-in, sign-out). */
  log(actor: string, action: string, detail: Record<string, unknown> = {}): Promise<void> {
    return this.audit.record(actor, action, {}, detail);
  }

  // The account, its row locked until the transaction ends.
  private async byId(c: PgQueryable, id: number): Promise<UserRow> {
    const [row] = isId(id)
      ? await c.query<UserRow>(`SELECT ${USER} FROM users WHERE id = $1 FOR UPDATE`, [id])
      : [];
    if (!row) throw new NotFoundError(`No existe la cuenta ${id}.`);
    return row;
  }
}
