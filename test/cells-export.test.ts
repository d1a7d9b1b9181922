// A SQL result or attribute table as the grids show it and as XLSX: numbers keep their digits,
// a GeoJSON geometry too long for a cell is cut on screen and replaced by a note in Excel (read
// back with read-excel-file), and the query travels in its own sheet.
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { cellsXlsx, XLSX_CELL_MAX } from '../src/lib/export/cells-xlsx';
import { cellText } from '../src/lib/ui/cell-text';

const geometry = `{"type":"Polygon","coordinates":[[${'[-77.123456,1.234567],'.repeat(2000)}[0,0]]]}`;

describe('cell text on screen', () => {
  it('writes numbers with a decimal comma and no grouping, booleans in Spanish', () => {
    expect(cellText(2018)).toBe('2018');
    expect(cellText(791.5944)).toBe('791,5944');
    expect(cellText(true)).toBe('verdadero');
    expect(cellText(null)).toBe('');
  });

  it('cuts a long geometry to its start and says how long it is', () => {
    const t = cellText(geometry);
    expect(t.startsWith('{"type":"Polygon","coordinates":[[[-77.123456')).toBe(true);
    expect(t).toMatch(/… \(\d{2}\.\d{3} caracteres\)$/);
    expect(t.length).toBeLessThan(120);
  });
});

describe('cellsXlsx', () => {
  it('keeps values, notes a text too long for a cell and adds the SQL sheet', async () => {
    expect(geometry.length).toBeGreaterThan(XLSX_CELL_MAX);
    const sql = 'SELECT name, geometry FROM resguardos_muestra';
    const bytes = await cellsXlsx(
      'Resultado',
      { header: ['name', 'n', 'geometry'], rows: [['Rumiyaco', 791.5944, geometry]] },
      [],
      sql
    );
    const sheets = await readXlsxFile(Buffer.from(bytes), { trim: false });
    expect(sheets.map((x) => x.sheet)).toEqual(['Resultado', 'Consulta']);
    const [header, row] = sheets[0]!.data;
    expect(header).toEqual(['name', 'n', 'geometry']);
    expect(row?.slice(0, 2)).toEqual(['Rumiyaco', 791.5944]);
    expect(String(row?.[2])).toMatch(/^\(texto de \d+ caracteres: no cabe .*exporte CSV\)$/);
    expect(sheets[1]!.data).toEqual([['SQL'], [sql]]);
  });
});
