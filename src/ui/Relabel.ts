import type { Lang } from '../state/schema.ts';

/**
 * The texts of a control that a language switch rewrites in place, so the
 * control itself stays: a form control put in the page makes Chromium lay
 * the whole page out before the next frame (its form parsing), which after
 * a language change is every text: 6–9 ms of a national language switch.
 */
export class Relabel {
  private texts: { node: Text; text: (lang: Lang) => string }[] = [];

  /** A text node saying `text` in `lang`, rewritten by each `to`. */
  say(doc: Document, lang: Lang, text: (lang: Lang) => string): Text {
    const node = doc.createTextNode(text(lang));
    this.texts.push({ node, text });
    return node;
  }

  to(lang: Lang): void {
    for (const { node, text } of this.texts) {
      const said = text(lang);
      if (node.data !== said) node.data = said;
    }
  }

  /** Forgets the texts: the control is being made again. */
  clear(): void {
    this.texts = [];
  }
}
