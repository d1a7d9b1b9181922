// The registry of each mesa's member entities (SQLite, migration 6): who is convened to the MTIN,
// the district mesa and the thematic or zonal mesas, with their delegate, e-mail and whether they
// are an ethnic organization. Every write is audited.
import type Database from 'better-sqlite3';
import { NotFoundError } from '../../domain/errors/not-found-error';
import { RuleError } from '../../domain/errors/rule-error';
import type { MesaKind } from '../../domain/mesa-deadlines';
import { checkMember, type MesaMemberInput } from '../../domain/mesa-member';
import type { MesaMember } from '../../domain/model/mesa';
import type { MesaMemberStore } from '../../domain/store/mesa-member-store';
import { AuditedStore } from './audited-store';
import type { Sync } from './sync-store';

type MemberRow = Omit<MesaMember, 'ethnic'> & { ethnic: number };

const COLUMNS = 'mesa, entity, delegate, email, ethnic, added_by, added_at';
// Mesas in the order the guide presents them, then entities alphabetically.
const ORDER = `ORDER BY CASE mesa WHEN 'mtin' THEN 0 WHEN 'distrital' THEN 1 ELSE 2 END,
  entity COLLATE NOCASE`;

export class SqliteMesaMemberStore extends AuditedStore implements Sync<MesaMemberStore> {
  private readonly sql;

  constructor(db: Database.Database, now: () => string) {
    super(db, now);
    this.sql = {
      all: db.prepare<[string], MemberRow>(
        `SELECT ${COLUMNS} FROM mesa_members WHERE district_id = ? ${ORDER}`
      ),
      one: db.prepare<[string, string, string], MemberRow>(
        `SELECT ${COLUMNS} FROM mesa_members WHERE district_id = ? AND mesa = ? AND entity = ?`
      ),
      district: db.prepare<[string], { id: string }>('SELECT id FROM districts WHERE id = ?'),
      upsert: db.prepare(
        `INSERT INTO mesa_members (district_id, mesa, entity, delegate, email, ethnic, added_by,
           added_at)
         VALUES (@district, @mesa, @entity, @delegate, @email, @ethnic, @actor, @at)
         ON CONFLICT (district_id, mesa, entity) DO UPDATE SET delegate = excluded.delegate,
           email = excluded.email, ethnic = excluded.ethnic`
      ),
      remove: db.prepare(
        'DELETE FROM mesa_members WHERE district_id = ? AND mesa = ? AND entity = ?'
      )
    };
  }

  /** The district's members, all mesas or only `mesa`. */
  list(district: string, mesa?: MesaKind): MesaMember[] {
    return this.sql.all
      .all(district)
      .filter((r) => mesa === undefined || r.mesa === mesa)
      .map((r) => ({ ...r, ethnic: r.ethnic === 1 }));
  }

  /** Adds the entity to the mesa, or updates its delegate, e-mail and ethnic flag. */
  save(district: string, input: MesaMemberInput, actor: string): MesaMember {
    const checked = checkMember(input);
    if (!checked.ok) throw new RuleError('member-invalid', checked.error);
    const m = checked.value;
    return this.db.transaction(() => {
      if (!this.sql.district.get(district)) throw NotFoundError.district(district);
      const existed = this.sql.one.get(district, m.mesa, m.entity) !== undefined;
      this.sql.upsert.run({ ...m, ethnic: m.ethnic ? 1 : 0, district, actor, at: this.now() });
      this.audit.record(
        actor,
        existed ? 'mesa.integrante.actualizar' : 'mesa.integrante.agregar',
        { district },
        { mesa: m.mesa, entidad: m.entity, etnica: m.ethnic }
      );
      const row = this.sql.one.get(district, m.mesa, m.entity)!;
      return { ...row, ethnic: row.ethnic === 1 };
    })();
  }

  remove(district: string, mesa: MesaKind, entity: string, actor: string): void {
    this.db.transaction(() => {
      if (this.sql.remove.run(district, mesa, entity).changes === 0)
        throw new NotFoundError(`«${entity}» no está registrada en esa mesa.`);
      this.audit.record(actor, 'mesa.integrante.quitar', { district }, { mesa, entidad: entity });
    })();
  }
}
