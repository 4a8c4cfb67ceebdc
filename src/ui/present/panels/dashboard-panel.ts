import { RISK_BANDS, RISK_THRESHOLDS, riskBand } from '../../../charts/color-scales';
import { probabilityFacts } from '../../../charts/probability-bar';
import { t, tIn } from '../../../i18n';
import { formatProbability, formatInteger } from '../../../i18n/format';
import { GROWTH_OUTPUT_IDS } from '../../../model/index.ts';
import { probabilityData } from '../../../present/chart-data';
import { h } from '../../dom';
import { NO_HANDLE, type PanelContext, type PanelHandle } from './panel-context';

/**
 * The target dashboard for a room: the ten headline targets as tiles, each with the chance of
 * meeting it as a large number, its band in words (colour is never the only cue), a bar with
 * the band cut-offs, and the median against the target. The same facts and bands as the
 * probability-bar chart (src/charts/probability-bar.ts), which the handout prints; tiles
 * because ten of those charts do not fit a projected slide at a readable size.
 */
export function renderDashboardPanel(container: HTMLElement, ctx: PanelContext): PanelHandle {
  const main = ctx.results.main;
  const tiles = GROWTH_OUTPUT_IDS.map((id) => {
    const output = main?.outputs.find((o) => o.id === id);
    if (!output) return h('li', { class: 'present-dash__tile', 'data-output': id }, '…');
    const data = probabilityData(ctx.plan, output);
    const p = output.annual.pMeet;
    const band = RISK_BANDS[riskBand(p)] ?? RISK_BANDS[1];
    // Median and target; the gap is what the eye reads between them.
    const facts = probabilityFacts(data, ctx.lang).filter((_, i) => i < 2);
    const marker = h('span', { class: 'present-dash__marker' });
    marker.style.left = `${Math.min(100, Math.max(0, p * 100))}%`;
    const track = h('span', { class: 'present-dash__track', 'aria-hidden': 'true' }, marker);
    const [lo, hi] = RISK_THRESHOLDS;
    track.style.background = `linear-gradient(to right, ${RISK_BANDS[0].fill} 0 ${lo * 100}%, ${RISK_BANDS[1].fill} ${lo * 100}% ${hi * 100}%, ${RISK_BANDS[2].fill} ${hi * 100}% 100%)`;
    const tile = h(
      'li',
      { class: 'present-dash__tile', 'data-output': id, 'data-band': String(riskBand(p)) },
      h('span', { class: 'present-dash__name' }, ctx.lang === 'en' ? output.nameEn : output.nameZh),
      h(
        'span',
        { class: 'present-dash__p' },
        h('strong', { class: 'present-dash__value' }, formatProbability(p, ctx.lang)),
        h('span', { class: 'present-dash__band' }, tIn(ctx.lang, band.key)),
      ),
      track,
      h('span', { class: 'present-dash__facts' }, facts.map(([k, v]) => `${k} ${v}`).join(' · ')),
    );
    tile.style.borderLeftColor = band.ink;
    tile.querySelector<HTMLElement>('.present-dash__value')!.style.color = band.ink;
    return tile;
  });
  const samples = main
    ? t('present.samples', {
        count: formatInteger(main.paths, ctx.lang),
      })
    : '';
  container.replaceChildren(
    h('h3', { class: 'present-panel__heading' }, t('present.panel.dashboard')),
    h('ol', { class: 'present-dash' }, ...tiles),
    h(
      'p',
      { class: 'present-panel__source' },
      [
        samples,
        main && !main.final ? t('present.coarse') : '',
        ctx.modified ? t('present.whatif.short') : '',
      ]
        .filter(Boolean)
        .join(' · '),
    ),
  );
  return NO_HANDLE;
}
