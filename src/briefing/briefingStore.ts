import type { Briefing } from './Briefing.ts';
import { parseBriefings } from './parseBriefings.ts';

/** The part of localStorage the store uses, so tests can hand it a Map. */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * Briefings saved in the browser, per dataset. A saved briefing with the id
 * of one the dataset ships is the user's edited copy of it, and wins.
 */
export class BriefingStore {
  constructor(private storage: KeyValue, private datasetId: string) {}

  private get key(): string {
    return `border-atlas:briefings:${this.datasetId}`;
  }

  load(): Briefing[] {
    const text = this.storage.getItem(this.key);
    if (!text) return [];
    try {
      return parseBriefings(JSON.parse(text), 'saved briefings');
    } catch {
      // A store written by another version is not worth losing the app over: start afresh.
      return [];
    }
  }

  save(briefings: readonly Briefing[]): void {
    this.storage.setItem(this.key, JSON.stringify(briefings));
  }
}

/** The dataset's briefings with the user's saved ones laid over them by id. */
export function mergeBriefings(shipped: readonly Briefing[], saved: readonly Briefing[]): Briefing[] {
  const byId = new Map(shipped.map((b) => [b.id, b]));
  for (const b of saved) byId.set(b.id, b);
  return [...byId.values()];
}
