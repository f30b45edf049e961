import type { CommuneProps } from '../data/types.ts';
import { slug } from '../data/slug.ts';

/**
 * The unit a pre-2025 commune became on 1 July 2025, as an id and a name,
 * from its `successor2025` text ("xã Thu Lũm", "xã Mù Cả (unchanged)");
 * null when the successor is not known. No official codes for the new units
 * are in the data, so ids are made from province and name.
 */
export function unitOf2025(c: Pick<CommuneProps, 'provinceId' | 'successor2025'>): { id: string; name: string } | null {
  const text = c.successor2025?.replace(/\s*\(unchanged\)\s*$/i, '').trim();
  if (!text) return null;
  const name = text.replace(/^(xã|phường|thị trấn)\s+/i, '');
  return { id: `${c.provinceId}-2025-${slug(name)}`, name };
}
