import type { Dataset, SourceRef } from './types.ts';

/**
 * The sources of the dataset's figures (activity, provinces' published
 * facts, the border line): what a print-out lists, rather than every
 * source a single station or twin pair cites.
 */
export function figureSources(d: Dataset): SourceRef[] {
  const ids = new Set<string>([
    ...d.activity.map((r) => r.sourceId),
    ...d.provinces.features.flatMap((f) => f.properties.published.flatMap((p) => p.sourceIds)),
    ...d.borderLine.features.flatMap((f) => f.properties.sourceIds ?? []),
  ]);
  return d.manifest.sources.filter((s) => ids.has(s.id));
}
