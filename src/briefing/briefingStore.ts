import type { Briefing } from './Briefing.ts';
import { BriefingError, parseEachBriefing } from './parseBriefings.ts';
import { phrase } from '../validate/Phrase.ts';

/** The part of localStorage the store uses, so tests can hand it a Map. */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** What the store holds: the briefings it could read, and what is wrong with each it could not (said in the reader's language by `describe`). */
export interface Stored {
  briefings: Briefing[];
  unreadable: BriefingError[];
}

/**
 * Briefings saved in the browser, per dataset location (the folder the app
 * opened, never the id a dataset gives itself: a dataset from elsewhere
 * could otherwise claim the site's and overwrite its briefings). A saved
 * briefing with the id of one the dataset ships is the user's edited copy
 * of it, and wins. Nothing is lost: a briefing the store cannot read is
 * reported and kept as it was, a store that is not JSON at all is set aside
 * before anything is written, and each write keeps the previous store.
 */
export class BriefingStore {
  constructor(private storage: KeyValue, private location: string) {}

  get key(): string {
    return `border-atlas:briefings:${this.location}`;
  }

  load(): Stored {
    const raw = this.read();
    if (raw.kind === 'none') return { briefings: [], unreadable: [] };
    if (raw.kind === 'broken') return { briefings: [], unreadable: [new BriefingError({ file: this.key }, phrase('expected.briefingArray'), phrase('found.setAside', { key: `${this.key}:unreadable` }))] };
    const { briefings, faults } = parseEachBriefing(raw.list, phrase('where.savedBriefings'));
    return { briefings, unreadable: faults.map((f) => f.error) };
  }

  /** Saves one briefing in place of its earlier copy, leaving every other entry as stored. False when the browser refused. */
  put(b: Briefing): boolean {
    try {
      const raw = this.read();
      if (raw.kind === 'broken') this.storage.setItem(`${this.key}:unreadable`, raw.text);
      const list = raw.kind === 'list' ? raw.list.filter((x) => !(x && typeof x === 'object' && (x as { id?: unknown }).id === b.id)) : [];
      if (raw.kind !== 'none') this.storage.setItem(`${this.key}:backup`, raw.text);
      this.storage.setItem(this.key, JSON.stringify([...list, b]));
      return true;
    } catch {
      // Storage full, or turned off for the site: the briefing stays in the editor, and the editor says it was not saved.
      return false;
    }
  }

  private read(): { kind: 'none' } | { kind: 'broken'; text: string } | { kind: 'list'; list: unknown[]; text: string } {
    let text: string | null;
    try {
      text = this.storage.getItem(this.key);
    } catch {
      return { kind: 'none' };
    }
    if (!text) return { kind: 'none' };
    try {
      const json = JSON.parse(text) as unknown;
      return Array.isArray(json) ? { kind: 'list', list: json, text } : { kind: 'broken', text };
    } catch {
      return { kind: 'broken', text };
    }
  }
}

/** The dataset's briefings with the user's saved ones laid over them by id. */
export function mergeBriefings(shipped: readonly Briefing[], saved: readonly Briefing[]): Briefing[] {
  const byId = new Map(shipped.map((b) => [b.id, b]));
  for (const b of saved) byId.set(b.id, b);
  return [...byId.values()];
}
