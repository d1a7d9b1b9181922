// The registry of each mesa's member entities on PostgreSQL, mirroring sqlite-mesa-member-store.ts.
// The upsert tells an insert from an update itself (xmax = 0), so two instances adding the same
// entity at once audit one «agregar» and one «actualizar», as SQLite's single writer would.
import { NotFoundError } from '../../../domain/errors/not-found-error';
import { RuleError } from '../../../domain/errors/rule-error';
import type { MesaKind } from '../../../domain/mesa-deadlines';
import { checkMember, type MesaMemberInput } from '../../../domain/mesa-member';
import type { MesaMember } from '../../../domain/model/mesa';
import type { MesaMemberStore } from '../../../domain/store/mesa-member-store';
import { PgAuditedStore } from './pg-audited-store';
import type { PgDatabase } from './pg-database';

type MemberRow = Omit<MesaMember, 'ethnic'> & { ethnic: number };

const COLUMNS = 'mesa, entity, delegate, email, ethnic, added_by, added_at';
// Mesas in the order the guide presents them, then entities as SQLite's NOCASE sorts them (ASCII
// letters folded, then byte order), whatever the database's collation.
const ORDER = `ORDER BY CASE mesa WHEN 'mtin' THEN 0 WHEN 'distrital' THEN 1 ELSE 2 END,
  translate(entity, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE "C",
  entity COLLATE "C"`;

const toMember = (r: MemberRow): MesaMember => ({ ...r, ethnic: r.ethnic === 1 });

export class PgMesaMemberStore extends PgAuditedStore implements MesaMemberStore {
  constructor(db: PgDatabase, now: () => string) {
    super(db, now);
  }

  /** The district's members, all mesas or only `mesa`. */
  async list(district: string, mesa?: MesaKind): Promise<MesaMember[]> {
    const rows = await this.db.query<MemberRow>(
      `SELECT ${COLUMNS} FROM mesa_members WHERE district_id = $1 ${ORDER}`,
      [district]
    );
    return rows.filter((r) => mesa === undefined || r.mesa === mesa).map(toMember);
  }

  /** Adds the entity to the mesa, or updates its delegate, e-mail and ethnic flag. */
  async save(district: string, input: MesaMemberInput, actor: string): Promise<MesaMember> {
    const checked = checkMember(input);
    if (!checked.ok) throw new RuleError('member-invalid', checked.error);
    const m = checked.value;
    return this.db.tx(async (c) => {
      const [d] = await c.query('SELECT id FROM districts WHERE id = $1', [district]);
      if (!d) throw NotFoundError.district(district);
      const [row] = await c.query<MemberRow & { inserted: boolean }>(
        `INSERT INTO mesa_members (district_id, mesa, entity, delegate, email, ethnic, added_by,
           added_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (district_id, mesa, entity) DO UPDATE SET delegate = excluded.delegate,
           email = excluded.email, ethnic = excluded.ethnic
         RETURNING ${COLUMNS}, (xmax = 0) AS inserted`,
        [district, m.mesa, m.entity, m.delegate, m.email, m.ethnic ? 1 : 0, actor, this.now()]
      );
      const { inserted, ...member } = row!;
      await this.audit.recordIn(
        c,
        actor,
        inserted ? 'mesa.integrante.agregar' : 'mesa.integrante.actualizar',
        { district },
        { mesa: m.mesa, entidad: m.entity, etnica: m.ethnic }
      );
      return toMember(member);
    });
  }

  remove(district: string, mesa: MesaKind, entity: string, actor: string): Promise<void> {
    return this.db.tx(async (c) => {
      const gone = await c.query(
        `DELETE FROM mesa_members WHERE district_id = $1 AND mesa = $2 AND entity = $3
         RETURNING entity`,
        [district, mesa, entity]
      );
      if (!gone.length) throw new NotFoundError(`«${entity}» no está registrada en esa mesa.`);
      await this.audit.recordIn(
        c,
        actor,
        'mesa.integrante.quitar',
        { district },
        { mesa, entidad: entity }
      );
    });
  }
}
