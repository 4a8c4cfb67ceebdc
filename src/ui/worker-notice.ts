import { t } from '../i18n';
import type { NoticeOptions } from './notices';

/** The id of the notice shown when a simulation worker was restarted (one at a time). */
export const WORKER_RESTART_NOTICE_ID = 'sim-worker-restarted';

/**
 * The notice for a simulation worker that died mid-run and was replaced, its task retried once
 * (src/sim/pool.ts). The numbers are unaffected, so it is information, not a warning; it says so
 * in the current language and follows the language switch.
 */
export function workerRestartNotice(): NoticeOptions {
  return {
    id: WORKER_RESTART_NOTICE_ID,
    level: 'info',
    message: () => t('sim.worker.restarted'),
  };
}
