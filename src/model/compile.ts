/**
 * Compile a run request into flat numbers for the kernel: resolve defaults and overrides, build
 * the linear model, the year-to-date forms of every series (city outputs, counties, county
 * aggregates), the sensitivity/compare variants, histogram ranges and accumulator offsets.
 *
 * Histogram ranges are centred on the exact central projection and span ± 8 analytic sds (plus
 * a margin), so they depend only on the scenario, never on the draws: every worker bins the same
 * way and histograms add up exactly.
 */
import { countyMultipliers, type CountyMultipliers } from './counties';
import { DRIVERS, driverDeviation } from './drivers';
import {
  NI,
  NJ,
  buildLinearModel,
  centralDeviation,
  deviationVariance,
  driverCentralDeviation,
  driverPartVariance,
  driverSigma,
  residualVariance,
  type LinearModel,
} from './linear';
import { GROWTH_OUTPUT_IDS, OUTPUTS, type GrowthOutputId, type OutputId } from './outputs';
import { scalar, vector4, type ParamValues } from './parameters';
import {
  BLOCK_SIZE,
  MAIN_BINS,
  MINOR_BINS,
  MODEL_VERSION,
  type CompiledRun,
  type RunRequest,
} from './run-types';
import { resolveDrivers, resolveParameters, type DriverSetting } from './scenario';
import { buildVariants, type VariantSpec } from './variants';
import { growthForm, levelForm, ytdCentral, ytdVariance, type YtdForm } from './ytd';
import { layoutAccumulators } from './layout';

/** Range half-width in analytic sds. */
const RANGE_SDS = 8;

/** One series as the summariser needs to label it. */
export interface SeriesMeta {
  kind: 'city' | 'county' | 'aggregate';
  output: OutputId;
  county?: { adcode: string; name_zh: string; multipliers: CountyMultipliers; anchor: number };
  form: YtdForm;
  /** Central (zero-variance) YTD path. */
  central: number[];
}

/** Everything known on the main thread about a compiled run. */
export interface CompiledMeta {
  request: RunRequest;
  params: ParamValues;
  drivers: Record<(typeof DRIVERS)[number]['id'], DriverSetting>;
  model: LinearModel;
  series: SeriesMeta[];
  variants: VariantSpec[];
  warnings: string[];
}

/** Compile a (validated) request. */
export function compileRun(request: RunRequest): { run: CompiledRun; meta: CompiledMeta } {
  const scenario = request.scenario;
  const params = resolveParameters(scenario);
  const drivers = resolveDrivers(scenario);
  const model = buildLinearModel(params);
  const sigma = driverSigma(drivers);
  const delta = driverCentralDeviation(drivers);
  const dev = centralDeviation(model, delta);
  const devVar = deviationVariance(model, sigma);
  const warnings: string[] = [];
  const paths = request.paths ?? scenario.paths;

  const series: SeriesMeta[] = [];
  const tauOf: number[] = [];
  const floors: number[] = [];
  const lo: number[] = [];
  const hi: number[] = [];
  const bins: number[] = [];
  const countyCoef: number[] = [];
  const countySd: number[] = [];
  const pushRange = (
    form: YtdForm,
    centralDev: number,
    variance: number,
    pad: number,
    floor: number,
  ): number[] => {
    const central: number[] = [];
    for (let q = 0; q < 4; q++) {
      const c = ytdCentral(form, q, centralDev);
      const half = RANGE_SDS * Math.sqrt(ytdVariance(form, q, variance)) + pad;
      const l = Math.max(floor, c - half);
      lo.push(l);
      hi.push(Math.max(c + half, l + pad));
      central.push(Math.max(floor, c));
    }
    return central;
  };

  // City outputs.
  OUTPUTS.forEach((o, i) => {
    const tau = scalar(params, `quarter_sd.${o.id}`);
    const weights = vector4(params, `quarter_weights.${o.id}`);
    const actuals = scenario.actuals[o.id] ?? [];
    const form =
      o.kind === 'growth'
        ? growthForm(o.target, weights, tau, actuals)
        : levelForm(o.target, weights, tau, actuals);
    const floor = o.kind === 'growth' ? -100 : 0;
    const central = pushRange(form, dev[i]!, devVar[i]!, padOf(o.kind, o.target), floor);
    series.push({ kind: 'city', output: o.id, form, central });
    tauOf.push(tau);
    floors.push(floor);
    bins.push(MAIN_BINS);
    for (let j = 0; j < NJ; j++) countyCoef.push(0);
    countySd.push(0);
  });

  // Counties and their aggregates.
  const counties = request.counties ?? [];
  const requested = [...new Set(request.countyIndicators ?? (['gdp'] as GrowthOutputId[]))];
  const indicators = requested.filter((id) =>
    (GROWTH_OUTPUT_IDS as readonly string[]).includes(id),
  );
  if (indicators.length < requested.length) {
    warnings.push(
      `county indicators must be growth indicators; ignored: ${requested.filter((id) => !indicators.includes(id)).join(', ')}`,
    );
  }
  const exposureOverrides = new Map<string, number>();
  for (const [id, v] of params) {
    if (id.startsWith('exposure.') && typeof v === 'number') exposureOverrides.set(id.slice(9), v);
  }
  const countySdValue = scalar(params, 'county.residual_sd');
  const countyTau = scalar(params, 'county.quarter_sd');
  const weights = scenario.counties.weights;
  const aggregate =
    counties.length > 0 &&
    weights !== undefined &&
    counties.every((c) => weights[c.adcode] !== undefined);
  if (counties.length > 0 && weights && !aggregate) {
    warnings.push(
      'county weights do not cover every county, so city totals are not aggregated from counties',
    );
  }
  const aggStart: number[] = [0];
  const aggFrom: number[] = [];
  const aggWeight: number[] = [];
  const countySeriesOf = new Map<GrowthOutputId, number[]>();
  for (const ind of indicators) {
    const i = OUTPUTS.findIndex((o) => o.id === ind);
    const o = OUTPUTS[i]!;
    const weightsQ = vector4(params, `quarter_weights.${o.id}`);
    const list: number[] = [];
    for (const c of counties) {
      const industries = scenario.counties.industries?.[c.adcode] ?? c.industries;
      const mult = countyMultipliers(industries, exposureOverrides);
      if (mult.unknown.length > 0)
        warnings.push(
          `${c.name_zh} (${c.adcode}): industries without exposures, treated as city average: ${mult.unknown.join(', ')}`,
        );
      const anchor = scenario.counties.growth?.[c.adcode]?.[ind] ?? o.target;
      const coef = new Float64Array(NJ);
      DRIVERS.forEach((d, j) => (coef[j] = model.B[i * NJ + j]! * mult.multipliers[d.id]));
      let centralDev = 0;
      for (let j = 0; j < NJ; j++) centralDev += coef[j]! * delta[j]!;
      const variance =
        driverPartVariance(model, coef, sigma) + residualVariance(model, i) + countySdValue ** 2;
      const form = growthForm(anchor, weightsQ, countyTau);
      const central = pushRange(form, centralDev, variance, padOf('growth', o.target), -100);
      list.push(series.length);
      series.push({
        kind: 'county',
        output: o.id,
        county: { adcode: c.adcode, name_zh: c.name_zh, multipliers: mult, anchor },
        form,
        central,
      });
      tauOf.push(countyTau);
      floors.push(-100);
      bins.push(MINOR_BINS);
      countyCoef.push(...coef);
      countySd.push(countySdValue);
    }
    countySeriesOf.set(ind, list);
  }
  if (aggregate) {
    for (const ind of indicators) {
      const list = countySeriesOf.get(ind)!;
      const o = OUTPUTS.find((x) => x.id === ind)!;
      const central = [0, 0, 0, 0];
      for (let q = 0; q < 4; q++) {
        lo.push(Math.min(...list.map((k) => lo[k * 4 + q]!)));
        hi.push(Math.max(...list.map((k) => hi[k * 4 + q]!)));
      }
      // Shares are validated to add up to 1 within 0.001; dividing by their sum makes the
      // aggregate an exact weighted mean.
      const total = counties.reduce((sum, c) => sum + weights[c.adcode]!, 0);
      list.forEach((k, n) => {
        const w = weights[counties[n]!.adcode]! / total;
        aggFrom.push(k);
        aggWeight.push(w);
        for (let q = 0; q < 4; q++) central[q]! += w * series[k]!.central[q]!;
      });
      aggStart.push(aggFrom.length);
      series.push({
        kind: 'aggregate',
        output: o.id,
        form: growthForm(o.target, [1, 1, 1, 1], 0),
        central,
      });
      tauOf.push(0);
      floors.push(-100);
      bins.push(MAIN_BINS);
      for (let j = 0; j < NJ; j++) countyCoef.push(0);
      countySd.push(0);
    }
  }

  const variants = buildVariants(request, drivers);
  const { vLo, vHi, vAffects } = variantRanges(model, variants, drivers, series);

  const nSeries = series.length;
  const run: CompiledRun = {
    modelVersion: MODEL_VERSION,
    seed: scenario.seed,
    paths,
    nBlocks: Math.ceil(paths / BLOCK_SIZE),
    drvValue: DRIVERS.map((d) => drivers[d.id].value),
    drvSd: DRIVERS.map((d) => drivers[d.id].sd),
    drvMin: DRIVERS.map((d) => d.min),
    drvMax: DRIVERS.map((d) => d.max),
    drvPlan: DRIVERS.map((d) => d.plan),
    drvLevel: DRIVERS.map((d) => (d.kind === 'level' ? 1 : 0)),
    loadings: [...model.loadings],
    idio: [...model.idio],
    order: model.order,
    ...flattenLinks(model),
    residSd: [...model.residualSd],
    B: [...model.B],
    nSeries,
    seriesKind: series.map((s) => (s.kind === 'city' ? 0 : s.kind === 'county' ? 1 : 2)),
    seriesOutput: series.map((s) => OUTPUTS.findIndex((o) => o.id === s.output)),
    base: series.flatMap((s) => [...s.form.base]),
    a: series.flatMap((s) => [...s.form.a]),
    b: series.flatMap((s) => [...s.form.b]),
    tau: tauOf,
    floor: floors,
    threshold: series.map((s) => thresholdOf(s.output, params)),
    cmp: series.map((s) => (OUTPUTS.find((o) => o.id === s.output)!.comparator === '≥' ? 1 : -1)),
    sf1: series.map((s) => shortfallSteps(s.output)[0]),
    sf2: series.map((s) => shortfallSteps(s.output)[1]),
    lo,
    hi,
    bins,
    countyCoef,
    countySd,
    aggStart,
    aggFrom,
    aggWeight,
    nVariants: variants.length,
    vStart: [0, ...cumulative(variants.map((v) => v.changes.length))],
    vDriver: variants.flatMap((v) => v.changes.map((c) => c.driver)),
    vValue: variants.flatMap((v) => v.changes.map((c) => c.value)),
    vSd: variants.flatMap((v) => v.changes.map((c) => c.sd)),
    vAffects,
    vLo,
    vHi,
    variantLabels: variants.map((v) => v.label),
    layout: layoutAccumulators(bins, variants.length),
  };
  return {
    run,
    meta: { request, params, drivers, model, series, variants, warnings: [...new Set(warnings)] },
  };
}

/** The value an outcome is compared with: the target, plus the tolerance for a cap. */
export function thresholdOf(id: OutputId, params: ParamValues): number {
  const o = OUTPUTS.find((x) => x.id === id)!;
  return o.toleranceParam ? o.target + scalar(params, o.toleranceParam) : o.target;
}

/**
 * Shortfall sizes whose probability is reported: 0.5 and 1 pp for growth targets; 1 % and 5 % of
 * the target for level targets (in the level's unit).
 */
export function shortfallSteps(id: OutputId): [number, number] {
  const o = OUTPUTS.find((x) => x.id === id)!;
  return o.kind === 'growth' ? [0.5, 1] : [0.01 * o.target, 0.05 * o.target];
}

function padOf(kind: 'growth' | 'level', target: number): number {
  return kind === 'growth' ? 0.5 : 0.005 * target;
}

function flattenLinks(
  m: LinearModel,
): Pick<CompiledRun, 'dStart' | 'dFrom' | 'dCoef' | 'oStart' | 'oFrom' | 'oCoef'> {
  const out = {
    dStart: [0],
    dFrom: [] as number[],
    dCoef: [] as number[],
    oStart: [0],
    oFrom: [] as number[],
    oCoef: [] as number[],
  };
  for (let i = 0; i < NI; i++) {
    for (const l of m.driverLinks[i]!) {
      out.dFrom.push(l.from);
      out.dCoef.push(l.coef);
    }
    out.dStart.push(out.dFrom.length);
    for (const l of m.outputLinks[i]!) {
      out.oFrom.push(l.from);
      out.oCoef.push(l.coef);
    }
    out.oStart.push(out.oFrom.length);
  }
  return out;
}

function variantRanges(
  model: LinearModel,
  variants: VariantSpec[],
  base: Record<(typeof DRIVERS)[number]['id'], DriverSetting>,
  series: SeriesMeta[],
): { vLo: number[]; vHi: number[]; vAffects: number[] } {
  const vLo = new Array<number>(NI).fill(Infinity);
  const vHi = new Array<number>(NI).fill(-Infinity);
  const vAffects: number[] = [];
  for (const v of variants) {
    const settings = { ...base };
    for (const c of v.changes) {
      const d = DRIVERS[c.driver]!;
      settings[d.id] = { value: c.value, sd: c.sd };
    }
    const dev = centralDeviation(model, driverCentralDeviation(settings));
    const devVar = deviationVariance(model, driverSigma(settings));
    for (let i = 0; i < NI; i++) {
      const o = OUTPUTS[i]!;
      const form = series[i]!.form;
      const c = ytdCentral(form, 3, dev[i]!);
      const half =
        RANGE_SDS * Math.sqrt(ytdVariance(form, 3, devVar[i]!)) + padOf(o.kind, o.target);
      const floor = o.kind === 'growth' ? -100 : 0;
      vLo[i] = Math.min(vLo[i]!, Math.max(floor, c - half));
      vHi[i] = Math.max(vHi[i]!, c + half);
      const moves = v.changes.some((ch) => model.B[i * NJ + ch.driver] !== 0);
      vAffects.push(v.label.kind === 'base' || moves ? 1 : 0);
    }
  }
  for (let i = 0; i < NI; i++) if (!(vHi[i]! > vLo[i]!)) vHi[i] = vLo[i]! + 1;
  return { vLo, vHi, vAffects };
}

function cumulative(xs: number[]): number[] {
  let s = 0;
  return xs.map((x) => (s += x));
}

/** Deviation of a driver value in link units (re-exported for the kernel's tests). */
export { driverDeviation };
