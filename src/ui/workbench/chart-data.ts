/**
 * The engine's result as the charts' inputs: an output's (or a county's) quarters as a fan
 * chart, its sensitivity as a tornado. Pure, so the presenter and the handout build the same
 * charts from the same result.
 */
import type { FanChartData, QuarterQuantiles } from '../../charts/fan-chart-data';
import type { TornadoSwingData } from '../../charts/tornado';
import type { LocalText } from '../../charts/text';
import { DRIVERS } from '../../model/drivers';
import { outputDef, type OutputId } from '../../model/outputs';
import type {
  CountyResult,
  OutputResult,
  QuarterStats,
  SensitivityResult,
} from '../../model/result-types';
import { tIn } from '../../i18n';
import { outputUnit, targetSpec } from './format';

function quantiles(q: QuarterStats): QuarterQuantiles {
  return { ...q.percentiles, mean: q.mean };
}

/** Both languages of a workbench message, for chart labels (charts pick the language). */
function both(
  key: 'wb.fan.heading' | 'wb.fan.heading.level' | 'wb.tornado.title',
  params: { zh: Record<string, string>; en: Record<string, string> },
): LocalText {
  return { zh: tIn('zh-CN', key, params.zh), en: tIn('en', key, params.en) };
}

/** The fan chart of one city output: its year-to-date quantiles, target and actuals. */
export function outputFanData(output: OutputResult, scenarioLabel: LocalText): FanChartData {
  const def = outputDef(output.id);
  const key = def.kind === 'growth' ? 'wb.fan.heading' : 'wb.fan.heading.level';
  return {
    title: both(key, { zh: { name: def.nameZh }, en: { name: def.nameEn } }),
    unit: outputUnit(def),
    scenarios: [{ id: 'scenario', label: scenarioLabel, quarters: output.quarters.map(quantiles) }],
    target: targetSpec(def),
    actuals: output.quarters.map((q) => q.actual),
  };
}

/**
 * The fan chart of one county: its year-to-date growth against the city's target rate (the
 * threshold the county's probability refers to).
 */
export function countyFanData(
  county: CountyResult,
  names: { zh: string; en: string },
  scenarioLabel: LocalText,
): FanChartData {
  const def = outputDef(county.indicator);
  return {
    title: {
      zh: tIn('zh-CN', 'wb.fan.county', { county: names.zh, name: def.nameZh }),
      en: tIn('en', 'wb.fan.county', { county: names.en, name: def.nameEn }),
    },
    unit: '%',
    scenarios: [{ id: 'county', label: scenarioLabel, quarters: county.quarters.map(quantiles) }],
    target: targetSpec(def),
    actuals: null,
  };
}

/**
 * The tornado of one output: how the probability of meeting its target moves when each driver
 * moves by −1 sd and +1 sd (the engine's common-random-number variants).
 */
export function sensitivityTornadoData(
  sensitivity: readonly SensitivityResult[] | null | undefined,
  id: OutputId,
): TornadoSwingData {
  const def = outputDef(id);
  const s = sensitivity?.find((x) => x.output === id);
  const base = s?.basePMeet ?? 0;
  return {
    mode: 'swing',
    title: both('wb.tornado.title', { zh: { name: def.nameZh }, en: { name: def.nameEn } }),
    unit: 'probability',
    base: s ? s.basePMeet : null,
    baseLabel: { zh: tIn('zh-CN', 'wb.tornado.base'), en: tIn('en', 'wb.tornado.base') },
    drivers: (s?.drivers ?? []).map((d) => {
      const driver = DRIVERS.find((x) => x.id === d.driver);
      return {
        id: d.driver,
        label: driver ? { zh: driver.nameZh, en: driver.nameEn } : d.driver,
        low: d.low.pMeet - base,
        high: d.high.pMeet - base,
      };
    }),
  };
}
