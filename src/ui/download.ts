/** Saves a blob as a file, the way a download link does. */
export function downloadBlob(doc: Document, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started; a tick later the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** An off-screen container of a given CSS size, for drawing a second map out of sight. */
export function hiddenStage(doc: Document, width: number, height: number): HTMLElement {
  const div = doc.createElement('div');
  div.setAttribute('aria-hidden', 'true');
  div.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:${height}px;`;
  doc.body.append(div);
  return div;
}
