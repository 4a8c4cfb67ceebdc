/**
 * One simulation engine for the whole page: the workbench, the compare view and the presenter
 * share its pool of workers (started lazily, on the first run), instead of each starting
 * `hardwareConcurrency` workers of its own on a 2-core laptop.
 */
import { createSimulationEngine, type SimulationEngine } from '../../sim';

let engine: SimulationEngine | null = null;

/** The page's engine, created on first use. */
export function sharedEngine(): SimulationEngine {
  engine ??= createSimulationEngine();
  return engine;
}
