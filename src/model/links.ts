/**
 * The structural equations: how each output's annual deviation from its target follows from
 * driver deviations and from other outputs' deviations.
 *
 *   output = target + Σ coef × (driver deviation) + Σ coef × (upstream output deviation) + noise
 *
 * Every coefficient is a product of named parameters, written out in `formula`, so a planner can
 * trace any number (docs/model.md walks through one example by hand). Units: an output's
 * deviation is in pp for growth outputs and in % of the target for level outputs; a driver's
 * deviation is in pp (rate drivers) or % of plan (level drivers), see drivers.ts.
 */
import type { DriverId } from './drivers';
import type { OutputId } from './outputs';
import { scalar, type ParamValues } from './parameters';

/** One term of an output's equation. */
export interface LinkTerm {
  to: OutputId;
  from: { driver: DriverId } | { output: OutputId };
  coef: number;
  /** The coefficient in parameter names, e.g. "share.secondary × secondary.industry_weight". */
  formula: string;
}

/** Build the link terms for the given parameter values, in no particular order. */
export function buildLinks(p: ParamValues): LinkTerm[] {
  const v = (id: string): number => scalar(p, id);
  const terms: LinkTerm[] = [];
  const fromDriver = (to: OutputId, driver: DriverId, coef: number, formula: string): void => {
    terms.push({ to, from: { driver }, coef, formula });
  };
  const fromOutput = (to: OutputId, output: OutputId, coef: number, formula: string): void => {
    terms.push({ to, from: { output }, coef, formula });
  };

  // Outputs that a driver measures directly: the driver *is* the indicator.
  fromDriver('exports', 'external_demand', 1, 'definition (the driver is export growth)');
  fromDriver('retail', 'consumption', 1, 'definition (the driver is retail sales growth)');
  fromDriver('cpi', 'consumer_prices', 1, 'definition (the driver is CPI)');
  fromDriver('projects.key_investment', 'project_completion', 1, 'definition (% of plan)');
  fromDriver('gulei.output', 'gulei_ramp', 1, 'definition (% of plan)');
  fromDriver('property.sales', 'property_sales', 1, 'definition (% of plan)');
  fromDriver('industry.new_firms', 'new_firms', 1, 'definition (% of plan)');

  // 规上工业增加值 (comparable prices).
  fromDriver('industry_va', 'gulei_ramp', v('industry.gulei_share'), 'industry.gulei_share');
  fromDriver(
    'industry_va',
    'external_demand',
    v('industry.export_elasticity'),
    'industry.export_elasticity',
  );
  fromDriver(
    'industry_va',
    'new_firms',
    v('industry.new_firms_elasticity'),
    'industry.new_firms_elasticity',
  );

  // 固定资产投资 (nominal).
  fromDriver('fai', 'project_completion', v('fai.projects_elasticity'), 'fai.projects_elasticity');
  fromDriver('fai', 'property_sales', v('fai.property_elasticity'), 'fai.property_elasticity');

  // GDP (comparable prices) = Σ sector share × sector growth. The secondary sector is industry
  // plus construction; the tertiary sector follows real retail sales and housing sales; the
  // primary sector has no driver here, so its variation sits in GDP's own residual.
  const s2 = v('share.secondary');
  const s3 = v('share.tertiary');
  const ind = v('secondary.industry_weight');
  fromOutput('gdp', 'industry_va', s2 * ind, 'share.secondary × secondary.industry_weight');
  fromOutput(
    'gdp',
    'fai',
    s2 * (1 - ind) * v('construction.fai_elasticity'),
    'share.secondary × (1 − secondary.industry_weight) × construction.fai_elasticity',
  );
  const tc = v('tertiary.consumption_elasticity');
  fromOutput('gdp', 'retail', s3 * tc, 'share.tertiary × tertiary.consumption_elasticity');
  // Real retail growth = nominal − CPI deviation, so higher prices subtract.
  fromDriver(
    'gdp',
    'consumer_prices',
    -s3 * tc,
    '−share.tertiary × tertiary.consumption_elasticity (real retail = nominal − CPI)',
  );
  fromDriver(
    'gdp',
    'property_sales',
    s3 * v('tertiary.property_elasticity'),
    'share.tertiary × tertiary.property_elasticity',
  );

  // Revenue (nominal) follows nominal GDP = real GDP + deflator, plus property taxes.
  const b = v('revenue.buoyancy');
  fromOutput('revenue_total', 'gdp', b, 'revenue.buoyancy');
  fromDriver(
    'revenue_total',
    'consumer_prices',
    b * v('deflator.cpi_weight'),
    'revenue.buoyancy × deflator.cpi_weight',
  );
  fromDriver(
    'revenue_total',
    'producer_prices',
    b * v('deflator.ppi_weight'),
    'revenue.buoyancy × deflator.ppi_weight',
  );
  fromDriver(
    'revenue_total',
    'property_sales',
    v('revenue.property_elasticity'),
    'revenue.property_elasticity',
  );
  fromOutput(
    'revenue_local',
    'revenue_total',
    v('revenue_local.total_elasticity'),
    'revenue_local.total_elasticity',
  );
  fromDriver(
    'revenue_local',
    'property_sales',
    v('revenue_local.property_elasticity'),
    'revenue_local.property_elasticity',
  );

  // Incomes (nominal) follow real growth and part of inflation.
  const pass = v('income.cpi_passthrough');
  fromOutput(
    'income_urban',
    'gdp',
    v('income_urban.gdp_elasticity'),
    'income_urban.gdp_elasticity',
  );
  fromDriver('income_urban', 'consumer_prices', pass, 'income.cpi_passthrough');
  fromOutput(
    'income_rural',
    'gdp',
    v('income_rural.gdp_elasticity'),
    'income_rural.gdp_elasticity',
  );
  fromDriver('income_rural', 'consumer_prices', pass, 'income.cpi_passthrough');

  // Level targets that follow the economy.
  fromOutput(
    'digital.scale',
    'gdp',
    v('digital.gdp_elasticity') / (1 + v('digital.plan_growth') / 100),
    'digital.gdp_elasticity ÷ (1 + digital.plan_growth / 100)',
  );
  fromOutput('jobs.new_urban', 'gdp', v('jobs.gdp_elasticity'), 'jobs.gdp_elasticity');
  fromDriver(
    'industry.investment',
    'project_completion',
    v('industry_investment.projects_elasticity'),
    'industry_investment.projects_elasticity',
  );
  fromDriver(
    'industry.investment',
    'gulei_ramp',
    v('industry_investment.gulei_elasticity'),
    'industry_investment.gulei_elasticity',
  );
  return terms;
}
