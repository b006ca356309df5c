/** The release register's key of a quarterly report: one per quarter and scope (the network, or a province's code). */
export function quarterlyDocumentKey(period: string, province: string | null): string {
  return province === null ? `quarterly:${period}` : `quarterly:${period}:${province}`;
}

/** The province a quarterly report's register key names (null: the national report, or another document). */
export function provinceOfDocumentKey(documentKey: string): string | null {
  const [kind, , province] = documentKey.split(':');
  return kind === 'quarterly' ? (province ?? null) : null;
}
