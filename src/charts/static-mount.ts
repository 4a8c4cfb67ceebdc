/**
 * Charts without pointer interactions in the page (the probability bar, scale legends): the
 * rendered SVG, replaced on update. Their content is all text already, so no tooltip.
 */
import { placeSvg, uniqueChartId, type ChartHandle } from './interaction';
import type { ProbabilityBarLayout } from './probability-bar';
import { renderProbabilityBarSvg } from './probability-bar-svg';
import { renderScaleLegendSvg, type ScaleLegendLayout } from './scale-legend';

function mountStatic<L extends { id: string }>(
  container: HTMLElement,
  layout: L,
  kind: string,
  render: (layout: L) => string,
): ChartHandle<L> {
  const id = uniqueChartId(kind);
  let svg = placeSvg(container, render({ ...layout, id }));
  return {
    get svg() {
      return svg;
    },
    update(next: L) {
      svg = placeSvg(container, render({ ...next, id }));
    },
    destroy() {
      svg.remove();
    },
  };
}

/** Mounts a probability bar in `container`. */
export function mountProbabilityBar(
  container: HTMLElement,
  layout: ProbabilityBarLayout,
): ChartHandle<ProbabilityBarLayout> {
  return mountStatic(container, layout, 'prob', renderProbabilityBarSvg);
}

/** Mounts a colour-scale legend in `container` (e.g. over the map). */
export function mountScaleLegend(
  container: HTMLElement,
  layout: ScaleLegendLayout,
): ChartHandle<ScaleLegendLayout> {
  return mountStatic(container, layout, 'legend', renderScaleLegendSvg);
}
