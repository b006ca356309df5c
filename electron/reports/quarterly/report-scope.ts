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

/** The register's key of a quarterly report: one per quarter and scope. */
export function quarterlyDocumentKey(period: string, province: string | null): string {
  return province === null ? `quarterly:${period}` : `quarterly:${period}:${province}`;
}

/** The scope a quarterly report's register key names (null: the national report, or another document). */
export function provinceOfDocumentKey(documentKey: string): string | null {
  const [kind, , province] = documentKey.split(':');
  return kind === 'quarterly' ? (province ?? null) : null;
}
