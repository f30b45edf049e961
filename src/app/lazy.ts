import type { Lang } from '../state/schema.ts';
import type { Dataset } from '../data/types.ts';
import { GIVEN_STATUSES } from '../geo/deriveBorderStatus.ts';
import type { StringKey } from '../i18n/strings.ts';
import { t } from '../i18n/t.ts';
import { FeatureNotice } from '../ui/FeatureNotice.ts';

/** Features whose code the first view does not need, named as the reader reads them. */
export type Feature = Extract<StringKey, `feature${'Export' | 'Briefings' | 'Share' | 'Coverage' | 'Units2025' | 'Derived'}`>;

/** How long a load may take before it is said over the map: a chunk from the same server usually arrives sooner. */
const SAY_AFTER_MS = 250;

/**
 * Loads the code of a feature only some readers use (export, briefings,
 * sharing, coverage, the 2025 units) when first asked for, once: says so
 * over the map if that takes a moment, and if the chunk does not arrive
 * (offline, a deploy that replaced the files) says which feature and what
 * failed, with a retry. A failed load is asked for afresh next time.
 */
export class FeatureLoader {
  private loads = new Map<Feature, Promise<unknown>>();
  private notice: FeatureNotice | null = null;
  private removed = false;

  constructor(private status: HTMLElement, private lang: () => Lang) {}

  load<T>(feature: Feature, get: () => Promise<T>, onRetry: () => void = () => {}): Promise<T> {
    const known = this.loads.get(feature) as Promise<T> | undefined;
    if (known) return known;
    const timer = setTimeout(() => this.show(new FeatureNotice(this.lang(), t(this.lang(), feature), null)), SAY_AFTER_MS);
    const loading = get().then(
      (value) => {
        clearTimeout(timer);
        this.clear();
        return value;
      },
      (err: unknown) => {
        clearTimeout(timer);
        this.loads.delete(feature);
        if (!this.removed) {
          const detail = err instanceof Error ? err.message : String(err);
          this.show(new FeatureNotice(this.lang(), t(this.lang(), feature), {
            detail,
            onRetry: () => {
              this.clear();
              onRetry();
            },
            onClose: () => this.clear(),
          }));
        }
        throw err;
      },
    );
    this.loads.set(feature, loading);
    return loading;
  }

  onRemove(): void {
    this.removed = true;
    this.clear();
  }

  private show(notice: FeatureNotice): void {
    this.clear();
    if (this.removed) return;
    this.notice = notice;
    notice.onAdd(this.status);
  }

  private clear(): void {
    this.notice?.onRemove();
    this.notice = null;
  }
}

type ToUnits2025 = (typeof import('../units/toUnits2025.ts'))['toUnits2025'];
let toUnits2025: ToUnits2025 | null = null;

/** The 2025 units' conversion once its code has loaded (it carries the polygon union), else null. */
export const units2025 = (): ToUnits2025 | null => toUnits2025;

/** Loads the 2025 units' conversion; mountDataset draws with it only after this resolved. */
export async function loadUnits2025(): Promise<ToUnits2025> {
  toUnits2025 ??= (await import('../units/toUnits2025.ts')).toUnits2025;
  return toUnits2025;
}

/** The dataset with what its files do not say derived from geometry; that code (the polygon union) loads only for a dataset that needs it. */
export async function withDerivedFactsIfNeeded(d: Dataset): Promise<Dataset> {
  // Tiled communes come with their status derived by `npm run tiles` from the outlines, which the page does not have.
  if (d.manifest.tiles?.communes || d.communes.features.every((c) => GIVEN_STATUSES.includes(c.properties.borderStatus))) return d;
  return (await import('../geo/withDerivedFacts.ts')).withDerivedFacts(d, new Set());
}
