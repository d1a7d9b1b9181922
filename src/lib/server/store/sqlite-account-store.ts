// Staff accounts and their sessions (SQLite). Passwords arrive already hashed (auth/password.ts);
// sessions are stored by the SHA-256 of their token, never the token itself. Every account change
// is written to the audit log in the same transaction.
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { NotFoundError } from '../../domain/errors/not-found-error';
import { RuleError } from '../../domain/errors/rule-error';
import type { NewUser, StaffUser } from '../../domain/model/account';
import type { Role } from '../../domain/staff-roles';
import type { AccountStore } from '../../domain/store/account-store';
import { AuditedStore } from './audited-store';
import type { Sync } from './sync-store';

type UserRow = Omit<StaffUser, 'active'> & { active: number; password_hash: string };

const toUser = (r: UserRow): StaffUser => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  active: r.active === 1,
  created_at: r.created_at
});

export class SqliteAccountStore extends AuditedStore implements Sync<AccountStore> {
  private readonly sql;
  private readonly secrets = new Map<string, string>();

  constructor(db: Database.Database, now: () => string) {
    super(db, now);
    this.sql = {
      count: db.prepare<[string], { n: number }>(
        'SELECT count(*) AS n FROM users WHERE role = ? AND active = 1'
      ),
      insert: db.prepare(
        `INSERT INTO users (email, name, role, password_hash, created_at)
         VALUES (@email, @name, @role, @passwordHash, @at)`
      ),
      byEmail: db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?'),
      byId: db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?'),
      list: db.prepare<[], UserRow>('SELECT * FROM users ORDER BY role, name COLLATE NOCASE'),
      setActive: db.prepare('UPDATE users SET active = ? WHERE id = ?'),
      setPassword: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
      dropSessionsOf: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
      addSession: db.prepare('INSERT INTO sessions VALUES (?, ?, ?, ?)'),
      session: db.prepare<[string, string], UserRow>(
        `SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ? AND s.expires_at > ? AND u.active = 1`
      ),
      dropSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
      dropExpired: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
      secret: db.prepare<[string], { value: string }>(
        'SELECT value FROM app_secrets WHERE name = ?'
      ),
      addSecret: db.prepare('INSERT OR IGNORE INTO app_secrets VALUES (?, ?)')
    };
  }

  /** Active accounts with this role. */
  count(role: Role): number {
    return this.sql.count.get(role)!.n;
  }

  /** RuleError 'account-taken' when the e-mail has an account. */
  create(user: NewUser, actor: string): StaffUser {
    return this.db.transaction(() => {
      if (this.sql.byEmail.get(user.email))
        throw new RuleError('account-taken', `Ya existe una cuenta con el correo «${user.email}».`);
      const { lastInsertRowid } = this.sql.insert.run({ ...user, at: this.now() });
      const created = toUser(this.sql.byId.get(Number(lastInsertRowid))!);
      this.audit.record(actor, 'cuenta.crear', {}, { email: user.email, rol: user.role });
      return created;
    })();
  }

  /** The account and its password hash, for signing in. */
  credentials(email: string): { user: StaffUser; hash: string } | null {
    const row = this.sql.byEmail.get(email.trim());
    return row ? { user: toUser(row), hash: row.password_hash } : null;
  }

  list(): StaffUser[] {
    return this.sql.list.all().map(toUser);
  }

  /** Deactivating also ends the account's sessions. */
  setActive(id: number, active: boolean, actor: string): void {
    this.db.transaction(() => {
      const row = this.sql.byId.get(id);
      if (!row) throw new NotFoundError(`No existe la cuenta ${id}.`);
      this.sql.setActive.run(active ? 1 : 0, id);
      if (!active) this.sql.dropSessionsOf.run(id);
      this.audit.record(
        actor,
        active ? 'cuenta.activar' : 'cuenta.desactivar',
        {},
        { email: row.email }
      );
    })();
  }

  /** New password; every session of the account ends. */
  setPassword(id: number, passwordHash: string, actor: string): void {
    this.db.transaction(() => {
      const row = this.sql.byId.get(id);
      if (!row) throw new NotFoundError(`No existe la cuenta ${id}.`);
      this.sql.setPassword.run(passwordHash, id);
      this.sql.dropSessionsOf.run(id);
      this.audit.record(actor, 'cuenta.contraseña', {}, { email: row.email });
    })();
  }

  addSession(tokenHash: string, userId: number, expiresAt: string): void {
    this.db.transaction(() => {
      this.sql.dropExpired.run(this.now());
      this.sql.addSession.run(tokenHash, userId, this.now(), expiresAt);
    })();
  }

  /** The active account behind an unexpired session. */
  sessionUser(tokenHash: string): StaffUser | null {
    const row = this.sql.session.get(tokenHash, this.now());
    return row ? toUser(row) : null;
  }

  dropSession(tokenHash: string): void {
    this.sql.dropSession.run(tokenHash);
  }

  /** A random 32-byte secret kept in the database (created on first use; survives restarts). */
  secret(name: string): string {
    let value = this.secrets.get(name);
    if (!value) {
      // Read once per process: every request checks its cookie against it.
      this.sql.addSecret.run(name, randomBytes(32).toString('hex'));
      value = this.sql.secret.get(name)!.value;
      this.secrets.set(name, value);
    }
    return value;
  }

  /** Records a staff action that is not a write of this store (sign-in, sign-out). */
  log(actor: string, action: string, detail: Record<string, unknown> = {}): void {
    this.audit.record(actor, action, {}, detail);
  }
}
