/**
 * A quarterly report covers the network (province null) or one province or territory. A provincial
 * report's tables carry the province in their key ("participation:BC"): its cells never share an
 * identity with the national report's or another province's, in the audit as in the release
 * register (codes, never names, like the rest of a cell's identity).
 */
export function scopedTable(table: string, province: string | null): string {
  return province === null ? table : `${table}:${province}`;
}

export function tableScope(tableKey: string): { readonly table: string; readonly province: string | null } {
  const [table, province] = tableKey.split(':');
  return { table: table!, province: province ?? null };
}
