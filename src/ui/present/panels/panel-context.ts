import type { ChartDensity } from '../../../charts/theme';
import type { PlanData } from '../../../data/index.ts';
import type { Lang } from '../../../i18n';
import type { Scenario } from '../../../model/index.ts';
import type { SceneResults } from '../../../present/scene-runs';

/** What a scene panel draws from: the plan, the scene's results, and the room it has. */
export interface PanelContext {
  plan: PlanData;
  lang: Lang;
  /** 'projector' while presenting (large type), 'screen' in the authoring preview. */
  density: ChartDensity;
  results: SceneResults;
  /** The live scenario (null for a scene without one). */
  scenario: Scenario | null;
  /** The presenter moved a slider: labels say the figures are a what-if. */
  modified: boolean;
  /** Size of the panel's content box in CSS px. */
  width: number;
  height: number;
  /** Hover on a county row (matrix) lights it up on the map. */
  hoverUnit: (adcode: string | null) => void;
}

/** A panel drawn into its container; `destroy` removes chart handles and listeners. */
export interface PanelHandle {
  destroy(): void;
}

export const NO_HANDLE: PanelHandle = { destroy: () => undefined };
