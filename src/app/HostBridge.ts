import { isAllowedOrigin, parseCommand, stateParams, withParams, type Announcement } from '../embed/messages.ts';
import type { AppState } from '../state/schema.ts';

export interface HostBridgeOptions {
  win: Window;
  /** Origins besides the map's own whose commands are obeyed (the page's allowed-origins setting). */
  allowed: readonly string[];
  getState(): AppState;
  apply(next: AppState, history: 'push' | 'replace' | 'none'): void;
}

/**
 * The postMessage API (docs/embedding.md): announces readiness, each state
 * change and a preferred height to the page around the map, and obeys
 * commands from allowed origins. What the user clicks is theirs: it is
 * announced only in embed mode, and only to a parent whose origin the site
 * allows (the map's own, or one listed), never to any page that frames it.
 */
export class HostBridge {
  private readonly onMessage: (e: MessageEvent) => void;
  private readonly onResize: () => void;
  private last = '';
  /** The parent's origin, once an allowed command came from it. */
  private learned: string | null = null;
  /** Origins already warned about: a page sending thousands of messages gets one warning, not thousands. */
  private warned = new Set<string>();

  constructor(private opts: HostBridgeOptions) {
    this.onMessage = (e) => this.receive(e);
    this.onResize = () => this.height();
    opts.win.addEventListener('message', this.onMessage);
    opts.win.addEventListener('resize', this.onResize);
  }

  ready(): void {
    this.post({ type: 'border-atlas:ready', state: stateParams(this.opts.getState()) });
    this.height();
  }

  /** After every state change: one announcement per distinct state. */
  changed(state: AppState): void {
    const params = stateParams(state);
    const key = JSON.stringify(params);
    if (key === this.last) return;
    this.last = key;
    this.post({ type: 'border-atlas:state', state: params });
  }

  /** The height the map would like for its width: wide maps a 5:3 frame, narrow ones room for the panel below. */
  height(): void {
    const width = this.opts.win.innerWidth;
    this.post({ type: 'border-atlas:height', height: width < 720 ? Math.max(560, Math.round(width * 1.6)) : Math.max(480, Math.round(width * 0.6)) });
  }

  remove(): void {
    this.opts.win.removeEventListener('message', this.onMessage);
    this.opts.win.removeEventListener('resize', this.onResize);
  }

  private post(message: Announcement): void {
    const { win } = this.opts;
    if (win.parent === win || !this.opts.getState().embed) return;
    const target = this.parentOrigin();
    if (target) win.parent.postMessage(message, target);
  }

  /** The framing page's origin when the site allows it: from an earlier command, else as the browser reports the frame's ancestors or referrer. */
  private parentOrigin(): string | null {
    if (this.learned) return this.learned;
    const { win, allowed } = this.opts;
    const candidates = [win.location.ancestorOrigins?.[0], originOf(win.document.referrer)];
    return candidates.find((o): o is string => typeof o === 'string' && o !== 'null' && isAllowedOrigin(o, win.location.origin, allowed)) ?? null;
  }

  private warnOnce(origin: string, text: string): void {
    if (this.warned.has(origin)) return;
    this.warned.add(origin);
    console.warn(text);
  }

  private receive(e: MessageEvent): void {
    const command = parseCommand(e.data);
    if (command === null) return;
    const { win, allowed } = this.opts;
    if (!isAllowedOrigin(e.origin, win.location.origin, allowed)) {
      this.warnOnce(e.origin, `Border Atlas: ignored a command from ${e.origin}, which is not an allowed origin (see docs/embedding.md); further ones from it are ignored silently.`);
      return;
    }
    if (typeof command === 'string') {
      this.warnOnce(e.origin, `Border Atlas: ignored a message from ${e.origin}: ${command}.`);
      return;
    }
    if (e.source === win.parent) this.learned = e.origin;
    if (command.type === 'border-atlas:set') this.opts.apply(withParams(this.opts.getState(), command.state), 'replace');
    const reply: Announcement = { type: 'border-atlas:state', state: stateParams(this.opts.getState()) };
    (e.source as Window | null)?.postMessage(reply, e.origin);
  }
}

function originOf(url: string): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** The origins a site lists in <meta name="border-atlas-allowed-origins" content="https://a.example https://b.example">. */
export function allowedOrigins(doc: Document): string[] {
  const content = doc.querySelector('meta[name="border-atlas-allowed-origins"]')?.getAttribute('content') ?? '';
  return content.split(/\s+/).filter((o) => /^https?:\/\/[^/\s]+$/.test(o));
}
