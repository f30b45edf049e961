/**
 * Whether a commune counts as a border commune: coverage, a province's list
 * of border communes and their counts take only these. Only a status
 * computed from geometry can say 'inland' (see deriveBorderStatus): a file
 * of every commune of a province adds inland ones beside the border ones.
 */
export function isBorderCommune(p: { borderStatus?: string }): boolean {
  return p.borderStatus !== 'inland';
}
