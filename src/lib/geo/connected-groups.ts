// Connected groups of a neighbour graph (breadth-first), largest first; ties keep input order.
export function connectedGroups(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const start of graph.keys()) {
    if (seen.has(start)) continue;
    seen.add(start);
    const group = [start];
    for (let k = 0; k < group.length; k++)
      for (const next of graph.get(group[k]!) ?? [])
        if (graph.has(next) && !seen.has(next)) {
          seen.add(next);
          group.push(next);
        }
    groups.push(group);
  }
  return groups.sort((a, b) => b.length - a.length);
}
