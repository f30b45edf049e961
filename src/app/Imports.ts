import { mergeImports, type Imported } from '../data/mergeImports.ts';
import type { Dataset } from '../data/types.ts';
import type { Lang } from '../state/schema.ts';
import type { Bbox } from '../validate/FeatureIssue.ts';
import type { FileReport } from '../validate/FileReport.ts';
import { IMPORT_LAYERS, type ImportLayer, type InputLayer } from '../validate/layerSpecs.ts';
import { contextFromDataset } from '../validate/ValidationContext.ts';
import type { LayoutSlots } from '../ui/AppLayout.ts';
import { ImportControl } from '../ui/ImportControl.ts';
import { ProgressBar } from '../ui/ProgressBar.ts';
import { ReportPanel } from '../ui/ReportPanel.ts';
import { validateInWorker } from './validateInWorker.ts';

export interface ImportsOptions {
  base: Dataset;
  lang: Lang;
  /** The dataset with every opened file joined in, after each change. */
  onDataset(dataset: Dataset): void;
  onZoom(bbox: Bbox): void;
}

interface Opened {
  file: File;
  report: FileReport;
}

/**
 * The user's own files: opening them, checking them off the main thread,
 * reporting on them and joining what is valid to the dataset. Files are
 * kept, so a file re-taken as another layer is checked again from its bytes.
 */
export class Imports {
  private opened: Opened[] = [];
  private control: ImportControl;
  private report: ReportPanel;
  private slots: LayoutSlots | null = null;
  private busy: Promise<void> = Promise.resolve();

  constructor(private opts: ImportsOptions) {
    this.control = new ImportControl({ lang: opts.lang, onFiles: (files) => this.queue(() => this.open(files)) });
    this.report = new ReportPanel({
      lang: opts.lang,
      onLayer: (i, layer) => this.queue(() => this.recheck(i, layer)),
      onZoom: (bbox) => opts.onZoom(bbox),
      onClose: () => this.report.show([]),
    });
  }

  onAdd(slots: LayoutSlots): void {
    this.slots = slots;
    this.control.onAdd(slots.controls, slots.stage);
    this.report.onAdd(slots.side);
  }

  setLang(lang: Lang): void {
    this.opts = { ...this.opts, lang };
    this.control.setLang(lang);
    this.report.setLang(lang);
  }

  onRemove(): void {
    this.control.onRemove();
    this.report.onRemove();
    this.slots = null;
  }

  /** One batch at a time, so a re-check never races the files opened before it. */
  private queue(job: () => Promise<void>): void {
    this.busy = this.busy.then(job, job);
  }

  private async open(files: File[]): Promise<void> {
    const reports = await this.check(files.map((file) => ({ file, layer: null })), this.opened);
    this.opened = [...this.opened, ...files.map((file, i) => ({ file, report: reports[i]! }))];
    this.refresh();
  }

  private async recheck(index: number, layer: ImportLayer): Promise<void> {
    const target = this.opened[index];
    if (!target) return;
    const [report] = await this.check([{ file: target.file, layer }], this.opened.filter((_, k) => k !== index));
    this.opened[index] = { file: target.file, report: { ...report!, detected: target.report.detected } };
    this.refresh();
  }

  /** Checks files against the dataset as it is with the other opened files joined in. */
  private async check(files: { file: File; layer: InputLayer | null }[], others: Opened[]): Promise<FileReport[]> {
    const progress = new ProgressBar(this.opts.lang, 'checking');
    if (this.slots) progress.onAdd(this.slots.status);
    try {
      const ctx = contextFromDataset(mergeImports(this.opts.base, imported(others)));
      return await validateInWorker(files, ctx, (f) => progress.set(f));
    } finally {
      progress.onRemove();
    }
  }

  private refresh(): void {
    this.opts.onDataset(mergeImports(this.opts.base, imported(this.opened)));
    this.report.show(this.opened.map((o) => o.report));
  }
}

function imported(opened: Opened[]): Imported[] {
  return opened.flatMap(({ file, report }) => {
    const layer = report.layer;
    if (layer === null || !(IMPORT_LAYERS as readonly string[]).includes(layer)) return [];
    return [{ file: file.name, layer: layer as ImportLayer, items: report.valid.map((v) => v.value) }];
  });
}
