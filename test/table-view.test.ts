// The attribute table's search, column filters and sort.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../src/lib/export/export-table';
import { tableView } from '../src/lib/ui/table-view';

const rows: Cell[][] = [
  ['Resguardo Indígena De Cumbal', 'Pastos', 791.5944],
  ['Resguardo Indígena El Águila', 'Misak', 406.6461],
  ['Carlosama', 'PASTOS', null],
  ['Nuevo Horizonte', 'Pastos', 203.1593],
  ['Área 10', null, 10],
  ['Área 9', null, 9]
];

describe('tableView', () => {
  it('finds every word of the search in any cell, without accents or case', () => {
    expect(tableView(rows, { search: 'aguila' })).toEqual([1]);
    expect(tableView(rows, { search: 'INDIGENA pastos' })).toEqual([0]);
    expect(tableView(rows, { search: '  ' })).toEqual([0, 1, 2, 3, 4, 5]);
    expect(tableView(rows, { search: 'nada parecido' })).toEqual([]);
  });

  it('applies each column filter to its own column only', () => {
    expect(tableView(rows, { search: '', columnFilters: { 1: 'pastos' } })).toEqual([0, 2, 3]);
    expect(tableView(rows, { search: 'resguardo', columnFilters: { 1: 'pastos' } })).toEqual([0]);
    expect(tableView(rows, { search: '', columnFilters: { 0: 'misak' } })).toEqual([]);
  });

  it('sorts numbers as numbers and text in Spanish order, empty cells last both ways', () => {
    const asc = tableView(rows, { search: '', sort: { column: 2, descending: false } });
    expect(asc).toEqual([5, 4, 3, 1, 0, 2]);
    const desc = tableView(rows, { search: '', sort: { column: 2, descending: true } });
    expect(desc).toEqual([0, 1, 3, 4, 5, 2]);
    const names = tableView(rows, { search: 'área', sort: { column: 0, descending: false } });
    expect(names.map((i) => rows[i]![0])).toEqual(['Área 9', 'Área 10']);
    const people = tableView(rows, { search: '', sort: { column: 1, descending: false } });
    expect(people.slice(-2)).toEqual([4, 5]);
  });
});
