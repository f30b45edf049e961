import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const require = createRequire(import.meta.url);
/** axe's source, read once: the page's policy allows only its own scripts, so it is evaluated, not added as a <script>. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core'), 'utf8');

/** A violation as a reader wants it in a failure message: rule, impact, what it says, and where. */
export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core over the page (or the part `include` names) and returns the
 * violations of impact serious or critical. The script goes in through the
 * DevTools protocol, which the page's Content-Security-Policy does not
 * govern, so the app's policy is tested as served, never loosened.
 */
export async function seriousViolations(page: Page, include?: string): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    return axe.run(context ?? document, { resultTypes: ['violations'] });
  }, include ?? null);
  return results.violations
    .filter((v: Result) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: Result) => ({ rule: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ').trim()})` : ''}`) }));
}

/** The findings one per line, for a failure message a person can act on. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings.map((f) => `${f.impact} ${f.rule}: ${f.help}\n${f.targets.map((t) => `    at ${t}`).join('\n')}`).join('\n');
}
