import type { SourceRef } from './types.ts';

/**
 * Numbers a panel's sources in the order they are first cited, so each
 * source is listed once at the bottom and every figure carries its number.
 */
export class Citations {
  private order: string[] = [];

  constructor(private sources: readonly SourceRef[]) {}

  /** The note numbers for these source ids, from 1; ids the manifest lacks are left out. */
  cite(ids: readonly string[] | undefined): number[] {
    const out: number[] = [];
    for (const id of ids ?? []) {
      if (!this.sources.some((s) => s.id === id)) continue;
      let at = this.order.indexOf(id);
      if (at === -1) at = this.order.push(id) - 1;
      if (!out.includes(at + 1)) out.push(at + 1);
    }
    return out;
  }

  /** The cited sources, in note order. */
  list(): SourceRef[] {
    return this.order.map((id) => this.sources.find((s) => s.id === id) as SourceRef);
  }
}
