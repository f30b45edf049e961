/**
 * Prints how far apart the coverage view's colours stay from each other and
 * from every choropleth class, for normal vision and simulated protanopia,
 * deuteranopia and tritanopia (CIEDE2000): the figures the palette was chosen
 * by. Run: npx tsx scripts/palette/check.ts [name=#rrggbb ...] to try others.
 */
import { CHOROPLETH, COVERAGE_CLASSES, PALETTE } from '../../src/style/palette.ts';
import { VISIONS, difference } from '../../src/style/colourVision.ts';

const tried = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]));
const coverage: Record<string, string> = { ...COVERAGE_CLASSES, ...tried };
const choropleth: Record<string, string> = { ...Object.fromEntries(CHOROPLETH.map((c, i) => [`class ${i + 1}`, c])), 'no data': PALETTE.communeNoData };
const symbols: Record<string, string> = { gate: PALETTE.gate, post: PALETTE.post, station: PALETTE.station };

const row = (a: string, b: string) => VISIONS.map((v) => difference(a, b, v).toFixed(1).padStart(6)).join('');
console.log(`${''.padEnd(34)}${VISIONS.map((v) => v.slice(0, 6).padStart(6)).join('')}   (CIEDE2000)`);
const names = Object.keys(coverage);
for (let i = 0; i < names.length; i++) {
  for (let j = i + 1; j < names.length; j++) console.log(`${`${names[i]} / ${names[j]}`.padEnd(34)}${row(coverage[names[i]!]!, coverage[names[j]!]!)}`);
}
for (const [n, c] of Object.entries(coverage)) {
  for (const [m, d] of Object.entries({ ...choropleth, ...symbols })) console.log(`${`${n} / ${m}`.padEnd(34)}${row(c, d)}`);
}
