import type { PanelSpec } from '../../../present/deck-schema';
import { renderDashboardPanel } from './dashboard-panel';
import { renderFanPanel } from './fan-panel';
import { renderMatrixPanel } from './matrix-panel';
import type { PanelContext, PanelHandle } from './panel-context';
import { renderRequiredPanel } from './required-panel';
import { renderTargetsPanel } from './targets-panel';
import { renderZonePanel } from './zone-panel';

export type { PanelContext, PanelHandle } from './panel-context';

/** Draws a scene's panel into `container` (replacing what was there). */
export function renderPanel(
  container: HTMLElement,
  panel: PanelSpec,
  ctx: PanelContext,
): PanelHandle {
  switch (panel.kind) {
    case 'targets':
      return renderTargetsPanel(container, ctx);
    case 'zone':
      return renderZonePanel(container, panel.zone, ctx);
    case 'dashboard':
      return renderDashboardPanel(container, ctx);
    case 'fan':
      return renderFanPanel(container, panel.indicator, panel.comparePlan === true, ctx);
    case 'matrix':
      return renderMatrixPanel(container, panel.industry ?? null, ctx);
    case 'required':
      return renderRequiredPanel(container, panel.quartersKnown, ctx);
  }
}
