import type { SourceRef } from '../data/types.ts';
import type { Lang } from '../state/schema.ts';
import { safeUrl } from '../data/safeUrl.ts';
import { formatDate } from './format.ts';
import { t, tKnown } from './t.ts';

/** A source as a reader sees it: the title, and outlet, date and licence, each "not recorded" where unknown. */
export interface SourceText {
  title: string;
  /** The language of the title when it is the source's own (shown as published), else undefined. */
  titleLang: string | undefined;
  details: string;
  url: string | undefined;
}

/** Sources the app describes itself rather than by a published title. */
const DESCRIBED = new Set(['gazetteer', 'illustrative']);

export function sourceText(lang: Lang, s: SourceRef): SourceText {
  const described = DESCRIBED.has(s.kind);
  const kind = tKnown(lang, `sourceKind.${s.kind}`) ?? s.kind;
  const title = described ? kind : s.title ?? `${kind} (${t(lang, 'source.noTitle')})`;
  const parts = [
    // An opened file is its own outlet: only a source it names has one to miss.
    s.outlet ?? (s.kind === 'file' ? null : t(lang, 'source.noOutlet')),
    // A dataset or the app's own tables have no publication date to miss.
    s.date ? formatDate(lang, s.date) : described || s.kind === 'dataset' || s.kind === 'file' ? null : t(lang, 'source.noDate'),
    s.licence ? `${t(lang, 'licence')} ${s.licence}` : null,
  ];
  return {
    title,
    titleLang: !described && s.title ? s.lang : undefined,
    details: parts.filter((p): p is string => p !== null).join(', '),
    // Only a link a reader can safely follow: a javascript: or data: link from a dataset is dropped.
    url: safeUrl(s.url) ?? undefined,
  };
}

/** One line for print-outs and images: "Title — Outlet, date". */
export function sourceLine(lang: Lang, s: SourceRef): string {
  const x = sourceText(lang, s);
  return x.details ? `${x.title} — ${x.details}` : x.title;
}
