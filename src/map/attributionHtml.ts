import { safeUrl } from '../data/safeUrl.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The dataset's attribution lines as the HTML MapLibre's attribution control
 * takes: text, never markup from the dataset; a `[label](https://…)` in a
 * line becomes a link our code writes, for http, https and mailto links only.
 */
export function attributionHtml(lines: readonly string[]): string[] {
  return lines.map((line) => {
    let out = '';
    let at = 0;
    for (const m of line.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)) {
      const url = safeUrl(m[2]);
      out += escape(line.slice(at, m.index));
      out += url ? `<a href="${escape(url)}" target="_blank" rel="noopener noreferrer">${escape(m[1]!)}</a>` : escape(m[1]!);
      at = m.index + m[0].length;
    }
    return out + escape(line.slice(at));
  });
}
