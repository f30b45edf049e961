import { mergeImports, type Imported } from '../data/mergeImports.ts';
import { nextTask } from './nextTask.ts';
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
import { MappingMemory, type KeyValue } from './mappingMemory.ts';
import type { PropertyMapping } from '../validate/propertyAliases.ts';

export interface ImportsOptions {
  base: Dataset;
  lang: Lang;
  /** The dataset with every opened file joined in, after each change. */
  onDataset(dataset: Dataset): void;
  onZoom(bbox: Bbox): void;
  /** Where choices of which file property to read as ours are kept; null where the browser refuses storage. */
  storage?: KeyValue | null;
}

interface Opened {
  file: File;
  report: FileReport;
  /** The file was read with a mapping remembered from a file of the same shape, not one chosen for it. */
  remembered?: boolean;
}

interface ToCheck {
  file: File;
  layer: InputLayer | null;
  mapping?: PropertyMapping;
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
  private memory: MappingMemory;
  /** The dataset's own files that had errors: listed first in the report, and never re-checked. */
  private datasetReports: FileReport[] = [];
  private removed = false;

  constructor(private opts: ImportsOptions) {
    this.memory = new MappingMemory(opts.storage ?? null);
    this.control = new ImportControl({ lang: opts.lang, onFiles: (files) => this.queue(() => this.open(files)) });
    this.report = new ReportPanel({
      lang: opts.lang,
      onLayer: (i, layer) => this.queue(() => this.recheck(i - this.datasetReports.length, layer)),
      onMapping: (i, to, from) => this.queue(() => this.remap(i - this.datasetReports.length, to, from)),
      onZoom: (bbox) => opts.onZoom(bbox),
      onClose: () => this.report.show([]),
    });
  }

  onAdd(slots: LayoutSlots): void {
    this.slots = slots;
    this.control.onAdd(slots.tools, slots.stage);
    this.report.onAdd(slots.side);
  }

  setLang(lang: Lang): void {
    this.opts = { ...this.opts, lang };
    this.control.setLang(lang);
    this.report.setLang(lang);
  }

  /** Shows what checking the dataset's own files found, with the same cards as opened files. */
  /** The dataset's figures came after the page started: opened files are joined to the whole dataset again. */
  setBase(base: Dataset): void {
    this.opts = { ...this.opts, base };
    if (this.opened.length > 0) void this.queue(() => this.refresh());
  }

  showDatasetReports(reports: FileReport[]): void {
    this.datasetReports = reports;
    this.report.show([...reports, ...this.opened.map((o) => o.report)], [...reports.map(() => null), ...this.opened.map((o) => o.remembered === true)]);
  }

  onRemove(): void {
    this.removed = true;
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
    const added: Opened[] = files.map((file, i) => ({ file, report: reports[i]! }));
    // A file shaped like one the user mapped before is read again the way they chose then.
    const again = added.flatMap((o, i) => {
      const mapping = o.report.layer ? this.memory.recall(o.report.layer, fieldNames(o.report)) : null;
      return mapping ? [{ i, mapping }] : [];
    });
    if (again.length > 0) {
      const rechecked = await this.check(again.map(({ i, mapping }) => ({ file: added[i]!.file, layer: null, mapping })), this.opened);
      again.forEach(({ i }, k) => (added[i] = { file: added[i]!.file, report: rechecked[k]!, remembered: true }));
    }
    this.opened = [...this.opened, ...added];
    // Files with nothing valid change nothing on the map: only the report is news, and redrawing the map is not free.
    await this.refresh(added.some((o) => o.report.valid.length > 0));
  }

  private async recheck(index: number, layer: ImportLayer): Promise<void> {
    const target = this.opened[index];
    if (!target) return;
    const mapping = this.memory.recall(layer, fieldNames(target.report)) ?? undefined;
    const [report] = await this.check([{ file: target.file, layer, mapping }], this.opened.filter((_, k) => k !== index));
    this.opened[index] = { file: target.file, report: { ...report!, detected: target.report.detected }, remembered: mapping !== undefined };
    await this.refresh();
  }

  /** Reads the file's property `from` as our `to` (or no longer, for null), checks it again, and remembers the choice for files of its shape. */
  private async remap(index: number, to: string, from: string | null): Promise<void> {
    const target = this.opened[index];
    const layer = target?.report.layer;
    if (!target || !layer) return;
    const mapping: Record<string, string> = { ...target.report.mapping };
    if (from === null) delete mapping[to];
    else mapping[to] = from;
    this.memory.remember(layer, fieldNames(target.report), mapping);
    const [report] = await this.check([{ file: target.file, layer, mapping }], this.opened.filter((_, k) => k !== index));
    this.opened[index] = { file: target.file, report: { ...report!, detected: target.report.detected } };
    await this.refresh();
  }

  /** Checks files against the dataset as it is with the other opened files joined in. */
  private async check(files: ToCheck[], others: Opened[]): Promise<FileReport[]> {
    const progress = new ProgressBar(this.opts.lang, 'checking');
    if (this.slots) progress.onAdd(this.slots.status);
    try {
      const ctx = contextFromDataset(mergeImports(this.opts.base, imported(others)));
      return await validateInWorker(files, ctx, (f) => progress.set(f));
    } finally {
      progress.onRemove();
    }
  }

  /**
   * Shows the report in a task of its own, then joins the files to the map in another:
   * the report and the map's new data each cost a frame's worth under software GL, and
   * together they froze the page for longer than either.
   */
  private async refresh(redraw = true): Promise<void> {
    // The reports came in a task that copied them from the worker (thousands of problems): they are drawn in the next.
    await nextTask();
    if (this.removed) return;
    this.report.show([...this.datasetReports, ...this.opened.map((o) => o.report)], [...this.datasetReports.map(() => null), ...this.opened.map((o) => o.remembered === true)]);
    if (!redraw) return;
    await nextTask();
    // Removed while waiting (another dataset opened): nothing to draw on.
    if (this.removed) return;
    const joined = imported(this.opened);
    const communeIds = new Set(joined.filter((j) => j.layer === 'communes').flatMap((j) => j.items.map((f) => String((f as { properties?: { id?: unknown } }).properties?.id))));
    // Its polygon union (~15 KB gz) is fetched with the first file joined, not with the page.
    const { withDerivedFacts } = await import('../geo/withDerivedFacts.ts');
    if (this.removed) return;
    this.opts.onDataset(withDerivedFacts(mergeImports(this.opts.base, joined), communeIds));
  }
}

/** The file's property names, as its shape for remembering a mapping. */
function fieldNames(report: FileReport): string[] {
  return (report.fields ?? []).map((f) => f.name);
}

function imported(opened: Opened[]): Imported[] {
  return opened.flatMap(({ file, report }) => {
    const layer = report.layer;
    if (layer === null || !(IMPORT_LAYERS as readonly string[]).includes(layer)) return [];
    return [{ file: file.name, layer: layer as ImportLayer, items: report.valid.map((v) => v.value) }];
  });
}
