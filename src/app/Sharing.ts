import { embedUrl, iframeSnippet } from '../embed/embedSnippet.ts';
import type { AppState, Lang } from '../state/schema.ts';
import { formatUrl } from '../state/url.ts';
import { t } from '../i18n/t.ts';
import type { LayoutSlots } from '../ui/AppLayout.ts';
import { SharePanel } from '../ui/SharePanel.ts';
import { ToolButton } from '../ui/ToolButton.ts';

/**
 * The share dialog: a link to the view and an <iframe> to paste, kept up to
 * date as the view changes. Data that is not the site's own is said so in
 * the dialog and in the frame's title, not only in the page's banner: the
 * link keeps the folder, and whoever pastes it should know what it opens.
 */
export class Sharing {
  private panel: SharePanel;
  private button: ToolButton;

  constructor(win: Window, private title: () => string, private getState: () => AppState, notice: ((lang: Lang) => string) | null = null) {
    const lang = getState().lang;
    this.panel = new SharePanel({
      lang,
      make: (o) => {
        const s = this.getState();
        const page = `${win.location.origin}${win.location.pathname}`;
        const embed = embedUrl(page, s, o);
        // The frame's title is what a screen reader announces for it: not the title a dataset from elsewhere gives itself alone.
        const frameTitle = `${t(o.lang, 'iframeTitle')}: ${notice ? notice(o.lang) : this.title()}`;
        return { link: `${page}${formatUrl({ ...s, present: null, presenter: false })}`, embed, snippet: iframeSnippet(embed, frameTitle, o), notice: notice?.(this.getState().lang) ?? null };
      },
      onClose: () => this.panel.hide(),
    });
    this.button = new ToolButton(t(lang, 'share'), () => (this.panel.visible ? this.panel.hide() : this.panel.show()));
  }

  onAdd(slots: LayoutSlots): void {
    this.button.onAdd(slots.tools);
    this.panel.onAdd(slots.side);
  }

  update(prev: AppState, next: AppState): void {
    if (next.lang !== prev.lang) {
      this.button.setLabel(t(next.lang, 'share'));
      this.panel.setLang(next.lang);
    }
    if (this.panel.visible) this.panel.show();
  }

  onRemove(): void {
    this.button.onRemove();
    this.panel.onRemove();
  }
}
