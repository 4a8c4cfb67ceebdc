import { t } from '../../i18n';
import { getLanguage } from '../../i18n';
import { OUTPUTS } from '../../model/index.ts';
import {
  FAN_INDICATORS,
  LAYER_GROUP_NAMES,
  type LayerGroupName,
  type LocalText,
  type PanelSpec,
  type Scene,
} from '../../present/deck-schema';
import { h } from '../dom';
import { DEFAULT_LAYERS } from './scene-map';

export interface SceneEdit {
  title?: LocalText;
  notes?: LocalText;
  panel?: PanelSpec | null;
  layers?: Record<LayerGroupName, boolean>;
}

const PANEL_KINDS = ['none', 'targets', 'zone', 'dashboard', 'fan', 'matrix', 'required'] as const;
const LAYER_LABEL = {
  counties: 'plan.layers.counties',
  zones: 'plan.layers.zones',
  projects: 'plan.layers.projects',
  industries: 'plan.layers.industries',
} as const;

/**
 * The current scene's fields: titles and notes in both languages (typing updates the deck at
 * once; the deck autosaves), the panel, the layers, and a preview of the notes with their
 * figures filled in. Typing never re-renders the form, so focus and the caret stay put.
 */
export class SceneEditor {
  readonly element: HTMLElement;
  private readonly preview: HTMLElement;

  constructor(private readonly onEdit: (edit: SceneEdit) => void) {
    this.preview = h('div', { class: 'present-editor__preview', 'aria-live': 'polite' });
    this.element = h('section', {
      class: 'present-editor__scene',
      'aria-labelledby': 'scene-editor-heading',
    });
  }

  render(scene: Scene, zoneForPanel: string | null): void {
    const field = (
      id: string,
      label: string,
      value: string,
      multiline: boolean,
      lang: 'zh-CN' | 'en',
      onInput: (value: string) => void,
    ): HTMLElement => {
      const input = multiline
        ? h('textarea', { id, rows: 5, lang, class: 'present-editor__notes' })
        : h('input', { id, type: 'text', lang });
      input.value = value;
      input.addEventListener('input', () => onInput(input.value));
      return h('div', { class: 'present-editor__field' }, h('label', { for: id }, label), input);
    };
    let title = { ...scene.title };
    let notes = { ...scene.notes };
    const panelSelect = h('select', { id: 'scene-panel' });
    for (const kind of PANEL_KINDS) {
      const option = h('option', { value: kind }, t(`present.panel.kind.${kind}`));
      panelSelect.append(option);
    }
    panelSelect.value = scene.panel?.kind ?? 'none';
    const indicator = h('select', { id: 'scene-indicator' });
    const lang = getLanguage();
    for (const id of FAN_INDICATORS) {
      const o = OUTPUTS.find((x) => x.id === id);
      indicator.append(h('option', { value: id }, o ? (lang === 'en' ? o.nameEn : o.nameZh) : id));
    }
    indicator.value = scene.panel?.kind === 'fan' ? scene.panel.indicator : 'gdp';
    const indicatorField = h(
      'div',
      { class: 'present-editor__field', hidden: panelSelect.value !== 'fan' },
      h('label', { for: 'scene-indicator' }, t('present.editor.indicator')),
      indicator,
    );
    const emitPanel = (): void => {
      const kind = panelSelect.value as (typeof PANEL_KINDS)[number];
      indicatorField.hidden = kind !== 'fan';
      const panel: PanelSpec | null =
        kind === 'none'
          ? null
          : kind === 'fan'
            ? { kind, indicator: indicator.value }
            : kind === 'zone'
              ? { kind, zone: zoneForPanel ?? 'zone.gulei' }
              : kind === 'required'
                ? { kind, quartersKnown: 3 }
                : kind === 'matrix'
                  ? { kind, industry: scene.map.industry ?? null }
                  : { kind };
      this.onEdit({ panel });
    };
    panelSelect.addEventListener('change', emitPanel);
    indicator.addEventListener('change', emitPanel);

    const layers = { ...DEFAULT_LAYERS, ...scene.map.layers };
    const layerBoxes = LAYER_GROUP_NAMES.map((group) => {
      const id = `scene-layer-${group}`;
      const box = h('input', { type: 'checkbox', id });
      box.checked = layers[group];
      box.addEventListener('change', () => {
        layers[group] = box.checked;
        this.onEdit({ layers: { ...layers } });
      });
      return h('label', { for: id, class: 'present-editor__check' }, box, t(LAYER_LABEL[group]));
    });

    this.element.replaceChildren(
      h('h3', { id: 'scene-editor-heading' }, t('present.editor.sceneHeading')),
      field('scene-title-zh', t('present.editor.title.zh'), title.zh, false, 'zh-CN', (v) => {
        title = { ...title, zh: v };
        this.onEdit({ title });
      }),
      field('scene-title-en', t('present.editor.title.en'), title.en, false, 'en', (v) => {
        title = { ...title, en: v };
        this.onEdit({ title });
      }),
      field('scene-notes-zh', t('present.editor.notes.zh'), notes.zh, true, 'zh-CN', (v) => {
        notes = { ...notes, zh: v };
        this.onEdit({ notes });
      }),
      field('scene-notes-en', t('present.editor.notes.en'), notes.en, true, 'en', (v) => {
        notes = { ...notes, en: v };
        this.onEdit({ notes });
      }),
      h('p', { class: 'present-editor__help' }, t('present.editor.notes.help')),
      h(
        'div',
        { class: 'present-editor__field' },
        h('label', { for: 'scene-panel' }, t('present.editor.panel')),
        panelSelect,
      ),
      indicatorField,
      h(
        'fieldset',
        { class: 'present-editor__layers' },
        h('legend', {}, t('present.editor.layers')),
        ...layerBoxes,
      ),
      h('p', { class: 'present-editor__help' }, t('present.editor.mapHint')),
      h('h4', {}, t('present.editor.preview')),
      this.preview,
    );
  }

  /** The notes as the presenter will read them, figures filled in. */
  setPreview(text: string): void {
    this.preview.textContent = text;
  }
}
