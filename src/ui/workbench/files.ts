/**
 * Keep and share: results as CSV, the scenario as a JSON file and back (validated, never
 * touching saved scenarios), the link that reproduces the scenario, and "my scenarios".
 */
import type { CountyInput } from '../../model/counties';
import type { SimulationResult } from '../../model/result-types';
import type { Scenario } from '../../model/scenario';
import { appStorage } from '../../state/storage';
import { scenarioKind } from '../../state/scenario-kind';
import { getLanguage, t } from '../../i18n';
import { h } from '../dom';
import { downloadText } from '../download';
import { sizeAgainstLimit } from '../read-file';
import { LibraryPanel } from './library-panel';
import { exportFileName, resultsToCsv } from './results-csv';
import { MAX_SCENARIO_FILE_BYTES, readScenarioFile, scenarioToJson } from './scenario-io';
import type { Toolbar } from './toolbar';

export interface FilesContext {
  counties: readonly CountyInput[];
  scenario: () => Scenario;
  result: () => SimulationResult | null;
  /** Makes a scenario the one being edited (an undoable step). */
  replace: (scenario: Scenario) => void;
  /** Writes the address bar's scenario now (before copying the link). */
  flushUrl: () => Promise<void>;
}

export class WorkbenchFiles {
  private panel: LibraryPanel | null = null;

  constructor(private readonly ctx: FilesContext) {}

  exportCsv(): void {
    const result = this.ctx.result();
    if (!result) return;
    const scenario = this.ctx.scenario();
    downloadText(
      resultsToCsv(result, scenario),
      exportFileName(scenario, '.csv'),
      'text/csv;charset=utf-8',
    );
  }

  exportJson(): void {
    const scenario = this.ctx.scenario();
    downloadText(
      scenarioToJson(scenario),
      exportFileName(scenario, '.scenario.json'),
      'application/json',
    );
  }

  async importFile(file: File, toolbar: Toolbar): Promise<void> {
    const reading = await readScenarioFile(file, this.ctx.counties);
    if (!reading.ok) {
      const head = t('wb.import.error', { file: file.name });
      const lines = reading.tooLarge
        ? [
            head,
            t('wb.import.tooLarge', {
              size: sizeAgainstLimit(reading.tooLarge, MAX_SCENARIO_FILE_BYTES, getLanguage())[0],
            }),
          ]
        : [head, ...reading.problems.slice(0, 12)];
      toolbar.say('error', lines);
      return;
    }
    this.ctx.replace(reading.scenario);
    toolbar.say('ok', [t('wb.import.ok', { name: reading.scenario.name })]);
  }

  async share(toolbar: Toolbar): Promise<void> {
    await this.ctx.flushUrl();
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      toolbar.say('ok', [t('wb.share.copied')]);
    } catch {
      // No clipboard (plain http on an intranet, or refused): show the link to copy by hand.
      const field = h('input', {
        type: 'text',
        readonly: true,
        value: url,
        class: 'wb-share__field',
        'aria-label': t('wb.share.label'),
      });
      toolbar.say('ok', [t('wb.share.manual')], field);
      field.focus();
      field.select();
    }
  }

  /** The "my scenarios" panel (created once). */
  library(
    current: () => Scenario,
    load: (scenario: Scenario) => void,
    toolbar: Toolbar,
  ): LibraryPanel {
    this.panel ??= new LibraryPanel(
      appStorage().then((storage) => storage.collection(scenarioKind)),
      {
        current,
        load: (scenario, name) => {
          load(scenario);
          toolbar.say('ok', [t('wb.library.loaded', { name })]);
        },
      },
      appStorage().then((storage) => storage.mode === 'memory'),
    );
    return this.panel;
  }

  render(): void {
    this.panel?.render();
  }
}
