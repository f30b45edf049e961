/**
 * Positions made so far, found by value: equal positions become one array.
 * An open-addressing table of indexes over the bits of both numbers: a Map
 * keyed by the numbers, or by their text, was slower still (packing a
 * national dataset's layers, cold, took two to three times as long as
 * without sharing; this table, about twice).
 */
export class PositionPool {
  private slots = new Int32Array(1 << 16).fill(-1);
  private made: [number, number][] = [];

  position(x: number, y: number): [number, number] {
    const mask = this.slots.length - 1;
    for (let h = hash(x, y) & mask; ; h = (h + 1) & mask) {
      const i = this.slots[h]!;
      if (i < 0) {
        const p: [number, number] = [x, y];
        this.slots[h] = this.made.length;
        this.made.push(p);
        if (this.made.length * 2 > this.slots.length) this.grow();
        return p;
      }
      const p = this.made[i]!;
      if (p[0] === x && p[1] === y) return p;
    }
  }

  /** How many distinct positions were made. */
  get size(): number {
    return this.made.length;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.made.forEach((p, i) => {
      let h = hash(p[0], p[1]) & mask;
      while (this.slots[h]! >= 0) h = (h + 1) & mask;
      this.slots[h] = i;
    });
  }
}

const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);
function hash(x: number, y: number): number {
  bits[0] = x;
  let h = Math.imul(words[0]! ^ words[1]!, 0x9e3779b1);
  bits[0] = y;
  h = Math.imul(h ^ words[0]! ^ ((words[1]! << 13) | (words[1]! >>> 19)), 0x85ebca77);
  return h ^ (h >>> 15);
}
