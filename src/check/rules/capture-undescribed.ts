import { CATALOG_FILE } from '../../sources/catalog.js';
import { defineRule } from '../define-rule.js';

/**
 * Every capture under `seeds/` has an entry in `seeds/sources.yaml`: without one, check cannot
 * tell a changed capture from a wrong quote (no sha256), and extraction knows neither its site,
 * outlet nor date. Info only: the capture is still usable, and `urazuke capture` writes the entry.
 */
export const captureUndescribed = defineRule({
  id: 'capture-undescribed',
  severity: 'info',
  description: 'A capture in seeds/ has no entry in seeds/sources.yaml (no sha256, site, outlet or date known for it).',
  check(context, report) {
    for (const file of context.seedCaptures) {
      if (context.catalog.byFile.has(file)) continue;
      report(`Unexpected capture \`${file}\` not described in ${CATALOG_FILE}, expected an entry for it`, {
        file,
        note: `Run \`urazuke capture ${file}\`: it writes the entry (sha256, title, site, outlet, url, published) read from the document, for you to check.`,
      });
    }
  },
});
