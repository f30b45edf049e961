/** What the windows of one presentation tell each other: the slide each is on. */
export interface SlideMessage {
  present: string;
  slide: number;
}

/**
 * The channel between the projected window and the presenter's window, per
 * dataset, on BroadcastChannel (same origin only). Null where the browser
 * has none: the presentation then runs in one window.
 */
export function presenterChannel(win: Window, datasetId: string, onSlide: (m: SlideMessage) => void): { post(m: SlideMessage): void; close(): void } | null {
  const Channel = (win as Window & { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
  if (!Channel) return null;
  const channel = new Channel(`border-atlas:present:${datasetId}`);
  channel.onmessage = (e: MessageEvent) => {
    const m = e.data as Partial<SlideMessage> | null;
    // Only our own messages: another version of the app may share the origin.
    if (m && typeof m.present === 'string' && typeof m.slide === 'number' && Number.isInteger(m.slide)) onSlide({ present: m.present, slide: m.slide });
  };
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}
