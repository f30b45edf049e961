import type { Qualifier } from '../data/types.ts';
import type { Lang } from '../state/schema.ts';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();

/** 37732 → "37.732" in Vietnamese, "37,732" in English; up to 3 decimals, as published. */
export function formatNumber(lang: Lang, value: number, maxDecimals = 3): string {
  const key = `${lang}:${maxDecimals}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: maxDecimals });
    numberFormats.set(key, f);
  }
  return f.format(value);
}

/**
 * An ISO date as people write it: "28/02/2024" in Vietnamese, "28 Feb 2024"
 * in English; a source known only to the month or year reads "3/2017",
 * "Mar 2017" or "2017".
 */
export function formatDate(lang: Lang, iso: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return lang === 'vi' ? `${Number(month[2])}/${month[1]}` : `${MONTHS_EN[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  if (/^\d{4}$/.test(iso)) return iso;
  const d = parseIso(iso);
  if (!d) return iso;
  if (lang === 'vi') return `${pad(d.day)}/${pad(d.month)}/${d.year}`;
  return `${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`;
}

/**
 * A period as people say it: a whole year, half-year or month reads as such
 * ("6 tháng đầu năm 2024" / "H1 2024"), anything else as two dates.
 */
export function formatPeriod(lang: Lang, start: string, end: string): string {
  const a = parseIso(start);
  const b = parseIso(end);
  if (!a || !b) return `${start}–${end}`;
  const firstDay = a.day === 1;
  const lastDay = b.day === daysIn(b.year, b.month);
  if (firstDay && lastDay && a.year === b.year) {
    if (a.month === 1 && b.month === 12) return lang === 'vi' ? `Năm ${a.year}` : `${a.year}`;
    if (a.month === 1 && b.month === 6) return lang === 'vi' ? `6 tháng đầu năm ${a.year}` : `H1 ${a.year}`;
    if (a.month === 7 && b.month === 12) return lang === 'vi' ? `6 tháng cuối năm ${a.year}` : `H2 ${a.year}`;
    if (a.month === b.month) return lang === 'vi' ? `Tháng ${a.month}/${a.year}` : `${MONTHS_EN[a.month - 1]} ${a.year}`;
  }
  return `${formatDate(lang, start)} – ${formatDate(lang, end)}`;
}

/** A period as the state names it (first--last day, see inPeriod.ts), said as formatPeriod says it. */
export function formatPeriodKey(lang: Lang, period: string): string {
  const [start = period, end = period] = period.split('--');
  return formatPeriod(lang, start, end);
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function parseIso(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const QUALIFIER_SIGNS: Record<Qualifier, string> = { approx: '≈', over: '>', under: '<' };

/** A published figure with its qualifier kept: "nearly 500" → "≈ 500", "over 12,300" → "> 12.300". */
export function formatFigure(lang: Lang, value: number, qualifier?: Qualifier, maxDecimals = 3): string {
  const n = formatNumber(lang, value, maxDecimals);
  return qualifier ? `${QUALIFIER_SIGNS[qualifier]} ${n}` : n;
}
