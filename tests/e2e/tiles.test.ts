import { cpSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runTiles } from '../../scripts/tiles/runTiles.ts';
import { PALETTE } from '../../src/style/palette.ts';
import { useBuiltApp } from './helpers/app.ts';
import { goTo, mapReady, type OpenedPage } from './helpers/browser.ts';

const app = useBuiltApp();
const DIST_DATA = resolve(import.meta.dirname, '../../dist/data');
const TILED = 'data/tiled-demo';
const ARCHIVED = 'data/pmtiles-demo';

type Fc<P> = { features: { properties: P; geometry: { type: string; coordinates: unknown } }[] };
const read = <P>(name: string) => JSON.parse(readFileSync(`data/demo/${name}`, 'utf8')) as Fc<P>;

/**
 * The demo as a site would ship it with `npm run tiles`: copies of the built
 * app's demo folder, their communes cut into tiles beside them, as a folder
 * of tiles and as one PMTiles archive.
 */
beforeAll(async () => {
  for (const [copy, format] of [[TILED, 'pbf'], [ARCHIVED, 'pmtiles']] as const) {
    const folder = resolve(DIST_DATA, '..', copy);
    rmSync(folder, { recursive: true, force: true });
    cpSync(resolve(DIST_DATA, 'demo'), folder, { recursive: true });
    const made = await runTiles([folder, '--format', format]);
    if (made.code !== 0) throw new Error(made.stderr);
  }
}, 60_000);

/**
 * The demo as the app ships it, for the figures and colours to compare with:
 * one page for the file, taken to each link as Back and Forward take it.
 * Every path it requests is kept.
 */
let plain: OpenedPage;
const plainRequests: string[] = [];
beforeAll(async () => {
  plain = await app.open('?select=12', undefined, async (page) => { page.on('request', (r) => plainRequests.push(new URL(r.url()).pathname)); });
  await mapReady(plain.page);
});

/**
 * Each tiled copy, opened once at Lai Châu for the tests of its format (and the export test, which compares the two),
 * with every request it makes from the start, the bytes it asks for among them. A load costs seconds of software WebGL.
 */
interface Copy extends OpenedPage { requests: { path: string; range: string | undefined }[] }
async function openCopy(folder: string): Promise<Copy> {
  const requests: Copy['requests'] = [];
  const opened = await app.open(`?dataset=${folder}&select=12`, undefined, async (page) => {
    page.on('request', (r) => requests.push({ path: new URL(r.url()).pathname, range: r.headers().range }));
    await allowTiled(page);
  });
  await mapReady(opened.page);
  return { ...opened, requests };
}
let tiled: Copy;
let archived: Copy;
/** The camera both copies opened at: the export test takes both back to it, as a link with it would. */
let camera: string;
beforeAll(async () => {
  tiled = await openCopy(TILED);
  archived = await openCopy(ARCHIVED);
  camera = new URL(tiled.page.url()).hash;
});

/** Lists the tiled copies as datasets a link may open, as a site does in its index.html. */
async function allowTiled(page: Page): Promise<void> {
  await page.route((url) => url.pathname.endsWith('/maps/atlas/'), async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('name="border-atlas-datasets" content=""', `name="border-atlas-datasets" content="${TILED} ${ARCHIVED}"`);
    await route.fulfill({ response, body });
  });
}

/**
 * Lai Châu communes whose centre has no station, gate, marker or twinned
 * village within 0.15° (a symbol there would be what a click picks and what
 * the pixel shows), in id order.
 */
function clearCommunes(): { id: string; name: string; centre: [number, number] }[] {
  const points = [
    ...read<unknown>('facilities.geojson').features.map((f) => f.geometry.coordinates as number[]),
    ...read<unknown>('markers.geojson').features.map((f) => f.geometry.coordinates as number[]),
    ...read<unknown>('twin-pairs.geojson').features.flatMap((f) => f.geometry.coordinates as number[][]),
  ];
  return read<{ id: string; name: string; provinceId: string; centre: [number, number] }>('communes.geojson').features
    .map((f) => f.properties)
    .filter((c) => c.provinceId === '12' && points.every((p) => Math.hypot(p[0]! - c.centre[0], p[1]! - c.centre[1]) > 0.15))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The map's colour at places (lon, lat), read from a screenshot of the page. */
async function coloursAt(page: Page, places: [number, number][]): Promise<number[][]> {
  await page.evaluate(() => window.borderAtlas?.idle());
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const points = await page.evaluate((ps) => ps.map((p) => window.borderAtlas!.project(p)), places);
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async ({ png, points }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.width, img.height];
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return points.map((p) => [...ctx.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data].slice(0, 3));
  }, { png, points: points.map((p) => ({ x: p.x + box.x, y: p.y + box.y })) });
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (a: number[], b: number[]) => a.reduce((d, v, i) => d + Math.abs(v - b[i]!), 0) < 24;

describe('a dataset whose communes come as vector tiles', () => {
  it('draws every commune in the colour the GeoJSON draws it, from tiles and the attribute table, without fetching the outlines; a statistic switch recolours them alike, and a click on a commune opens its panel', async () => {
    const communes = clearCommunes().slice(0, 4);
    expect(communes.length).toBe(4);
    const [commune] = communes;
    const places = communes.map((c) => c.centre);
    await goTo(plain.page, '?select=12');
    const expected = await coloursAt(plain.page, places);

    const { page, problems } = tiled;
    await goTo(page, `?dataset=${TILED}&select=12`);
    // What the page asked for before anything on it switched the coverage view on.
    const requests = tiled.requests.map((r) => r.path);
    const before = await coloursAt(page, places);
    for (const [i, c] of communes.entries()) expect(near(before[i]!, expected[i]!), `${c.name}: ${before[i]} against ${expected[i]}`).toBe(true);
    // Not an empty map twice: the communes are filled, not the land under them.
    expect(before.some((c) => !near(c, rgb(PALETTE.landVietnam)) && !near(c, rgb(PALETTE.sea)))).toBe(true);
    expect(requests.some((p) => /\/data\/tiled-demo\/tiles\/communes\/\d+\/\d+\/\d+\.pbf$/.test(p))).toBe(true);
    expect(requests).toContain('/maps/atlas/data/tiled-demo/tiles/communes.attributes.json');
    expect(requests.filter((p) => p.endsWith('/communes.geojson'))).toEqual([]);

    const stat = 'outreach_audience';
    await page.selectOption('#stat-picker', stat);
    await expect.poll(() => page.url()).toContain(`stat=${stat}`);
    const drawn = await coloursAt(page, places);
    await goTo(plain.page, `?select=12&stat=${stat}`);
    const recoloured = await coloursAt(plain.page, places);
    for (const [i, c] of communes.entries()) expect(near(drawn[i]!, recoloured[i]!), `${c.name}: ${drawn[i]} against ${recoloured[i]}`).toBe(true);
    expect(drawn.some((c, i) => !near(c, before[i]!))).toBe(true);

    const [at] = await page.evaluate((p) => [window.borderAtlas!.project(p)], commune!.centre);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + at!.x, box.y + at!.y);
    const panel = page.locator(`aside.panel[data-area-id="${commune!.id}"]`);
    await panel.waitFor();
    expect(await panel.locator('.panel-title').textContent()).toBe(commune!.name);
    expect(page.url()).toContain(`select=${commune!.id}`);
    expect(problems).toEqual([]);
    expect(plain.problems).toEqual([]);
  });

  it('the coverage view measures the communes\' outlines, fetched when it is switched on: the same figures as from the GeoJSON', async () => {
    await goTo(plain.page, '?view=coverage&radius=10');
    const outlines = '/maps/atlas/data/tiled-demo/communes.geojson';
    expect(tiled.requests.map((r) => r.path)).not.toContain(outlines);
    await goTo(tiled.page, `?dataset=${TILED}&view=coverage&radius=10`);
    const text = (page: Page) => page.locator('.coverage-panel').textContent();
    expect(await text(tiled.page)).toBe(await text(plain.page));
    expect(await text(tiled.page)).toContain('Tất cả xã biên giới');
    expect(tiled.requests.map((r) => r.path)).toContain(outlines);
    expect(tiled.problems).toEqual([]);
    expect(plain.problems).toEqual([]);
  });
});

describe('a dataset whose communes come as one PMTiles archive', () => {
  it('draws every commune in the colour the GeoJSON draws it, reading the archive by byte ranges, and a click on a commune opens its panel', async () => {
    const [commune, ...others] = clearCommunes();
    const places = others.slice(0, 4).map((c) => c.centre);
    await goTo(plain.page, '?select=12');
    const expected = await coloursAt(plain.page, places);

    const { page, problems, requests } = archived;
    await goTo(page, `?dataset=${ARCHIVED}&select=12`);
    const drawn = await coloursAt(page, places);
    for (const [i, c] of others.slice(0, 4).entries()) expect(near(drawn[i]!, expected[i]!), `${c.name}: ${drawn[i]} against ${expected[i]}`).toBe(true);
    expect(drawn.some((c) => !near(c, rgb(PALETTE.landVietnam)) && !near(c, rgb(PALETTE.sea)))).toBe(true);
    // The header and directory first, then tiles: every read of the archive a byte range of the one file.
    const reads = requests.filter((r) => r.path === `/maps/atlas/${ARCHIVED}/tiles/communes.pmtiles`);
    expect(reads.length).toBeGreaterThan(1);
    expect(reads.every((r) => /^bytes=\d+-\d+$/.test(r.range ?? ''))).toBe(true);
    expect(requests.map((r) => r.path)).toContain(`/maps/atlas/${ARCHIVED}/tiles/communes.attributes.json`);
    expect(requests.filter((r) => r.path.endsWith('/communes.geojson') || r.path.endsWith('.pbf'))).toEqual([]);
    // The pmtiles reader comes with the archive's first tile; a dataset without one never loads it.
    expect(requests.some((r) => /\/assets\/pmtilesProtocol-[\w-]+\.js$/.test(r.path))).toBe(true);
    expect(plainRequests.filter((p) => p.includes('pmtiles'))).toEqual([]);

    const [at] = await page.evaluate((p) => [window.borderAtlas!.project(p)], commune!.centre);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + at!.x, box.y + at!.y);
    const panel = page.locator(`aside.panel[data-area-id="${commune!.id}"]`);
    await panel.waitFor();
    expect(await panel.locator('.panel-title').textContent()).toBe(commune!.name);
    expect(problems).toEqual([]);
    expect(plain.problems).toEqual([]);
  });

  it('an exported picture is the folder\'s, pixel for pixel but for the line naming the dataset: the export\'s own map reads the archive too', async () => {
    const exported = async (page: Page) => {
      await page.getByRole('button', { name: 'Xuất ảnh…' }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Tải ảnh PNG' }).click();
      return readFileSync(await (await download).path()).toString('base64');
    };
    const folder = tiled;
    const { page, problems } = archived;
    await goTo(folder.page, `?dataset=${TILED}&select=12${camera}`);
    await goTo(page, `?dataset=${ARCHIVED}&select=12${camera}`);
    expect(new URL(page.url()).hash).toBe(new URL(folder.page.url()).hash);
    const expected = await exported(folder.page);
    const drawn = await exported(page);
    // Share of pixels whose colour differs by more than near() allows: the same tiles give the same picture (the
    // source line at the bottom, naming each copy's folder, left out). With the protocol unregistered, no picture comes.
    const differing = await page.evaluate(async (pngs) => {
      const pixels = await Promise.all(pngs.map(async (png) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [img.width, img.height];
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, c.width, c.height);
      }));
      const [{ data: a, width }, { data: b }] = pixels as [ImageData, ImageData];
      // Above the picture's last 60 rows, the source line's.
      const end = a.length - width * 60 * 4;
      let n = 0;
      for (let i = 0; i < end; i += 4) if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) >= 24) n++;
      return n / (end / 4);
    }, [expected, drawn]);
    expect(differing).toBeLessThan(0.002);
    expect(problems).toEqual([]);
    expect(folder.problems).toEqual([]);
  }, 150_000);
});
