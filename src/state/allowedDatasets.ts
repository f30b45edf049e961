import { DEFAULT_STATE } from './schema.ts';
import { SAFE_DATASET } from './url.ts';

/**
 * The dataset folders a link may open on this site: the default one, and
 * those the site lists in
 * <meta name="border-atlas-datasets" content="data/demo data/national">.
 * A folder on the same site is not vouched for by being there: anyone able
 * to upload files could otherwise publish figures under the site's name.
 */
export function allowedDatasets(content: string | null | undefined): string[] {
  const listed = (content ?? '').split(/\s+/).map((f) => f.replace(/\/+$/, '')).filter((f) => f !== '' && SAFE_DATASET.test(f) && !f.startsWith('/'));
  return [DEFAULT_STATE.dataset, ...listed.filter((f) => f !== DEFAULT_STATE.dataset)];
}
