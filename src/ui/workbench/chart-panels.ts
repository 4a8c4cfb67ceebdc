/**
 * The workbench's two charts as panels: the fan chart of the selected indicator (or county) and
 * the tornado of its sensitivity. Factories over ChartPanel, so the presenter gets the same
 * panels with `density: 'projector'`.
 */
import { layoutFanChart, type FanChartData, type FanChartLayout } from '../../charts/fan-chart';
import { mountFanChart } from '../../charts/fan-chart-mount';
import { renderFanChartSvg } from '../../charts/fan-chart-svg';
import { tableFanChart } from '../../charts/fan-chart-table';
import { layoutTornado, type TornadoData, type TornadoLayout } from '../../charts/tornado';
import { mountTornado } from '../../charts/tornado-mount';
import { renderTornadoSvg } from '../../charts/tornado-svg';
import { tableTornado } from '../../charts/tornado-table';
import { ChartPanel, type ChartPanelOptions } from './chart-panel';

export type FanPanel = ChartPanel<FanChartData, FanChartLayout>;
export type TornadoPanel = ChartPanel<TornadoData, TornadoLayout>;

/** A fan chart panel; its height follows its width (16:8, within 240–440 px). */
export function createFanPanel(options: ChartPanelOptions): FanPanel {
  return new ChartPanel<FanChartData, FanChartLayout>(
    {
      layout: (data, o) => layoutFanChart(data, { ...o, id: options.id }),
      mount: (container, layout) => mountFanChart(container, layout),
      render: renderFanChartSvg,
      table: tableFanChart,
      height: (width) => Math.round(Math.min(440, Math.max(240, width * 0.5))),
    },
    { className: 'wb-chart--fan', ...options },
  );
}

/** A tornado panel; its height follows its rows. */
export function createTornadoPanel(options: ChartPanelOptions): TornadoPanel {
  return new ChartPanel<TornadoData, TornadoLayout>(
    {
      layout: (data, o) => layoutTornado(data, { ...o, id: options.id, maxRows: 8 }),
      mount: (container, layout) => mountTornado(container, layout),
      render: renderTornadoSvg,
      table: tableTornado,
    },
    { className: 'wb-chart--tornado', ...options },
  );
}
