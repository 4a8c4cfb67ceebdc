import { getProject, getZone } from '../../data/index.ts';
import { getLanguage, t } from '../../i18n';
import { clear, h } from '../dom';
import { bilingualName } from './plan-bits';
import { renderProject } from './project-details';
import { renderZone, type DetailsContext } from './zone-details';

/**
 * The side panel for one zone or project (the county panel's sibling; the atlas shows one of
 * the two). Re-rendered on language change, on import, and when the selection changes.
 */
export class PlacePanel {
  readonly element: HTMLElement;
  private current: { kind: 'zone' | 'project'; id: string } | null = null;

  constructor(
    private readonly ctx: DetailsContext,
    private readonly onClose: () => void,
  ) {
    this.element = h('aside', {
      class: 'panel panel--place',
      id: 'place-panel',
      hidden: true,
      tabindex: -1,
    });
  }

  get shown(): { kind: 'zone' | 'project'; id: string } | null {
    return this.current;
  }

  show(kind: 'zone' | 'project', id: string): void {
    const changed = this.current?.kind !== kind || this.current.id !== id;
    this.current = { kind, id };
    this.render();
    this.element.hidden = false;
    if (changed) this.element.scrollTop = 0;
  }

  hide(): void {
    this.current = null;
    this.element.hidden = true;
    clear(this.element);
  }

  render(): void {
    const current = this.current;
    if (!current) return;
    const content = this.content(current.kind, current.id);
    if (!content) return;
    const { p, body } = content;
    const scroll = this.element.scrollTop;
    clear(this.element);
    const close = h(
      'button',
      { type: 'button', class: 'panel__close', 'aria-label': t('panel.close') },
      '×',
    );
    close.addEventListener('click', () => this.onClose());
    this.element.setAttribute('aria-label', getLanguage() === 'en' ? p.name_en : p.name_zh);
    this.element.dataset.place = p.id;
    this.element.append(
      close,
      h('h2', { class: 'panel__title' }, bilingualName(p.name_zh, p.name_en, 'title-name')),
      ...body,
    );
    this.element.scrollTop = scroll;
  }

  private content(
    kind: 'zone' | 'project',
    id: string,
  ): { p: { id: string; name_zh: string; name_en: string }; body: HTMLElement[] } | null {
    if (kind === 'zone') {
      const zone = getZone(this.ctx.data, id);
      return zone ? { p: zone.properties, body: renderZone(this.ctx, zone) } : null;
    }
    const project = getProject(this.ctx.data, id);
    return project ? { p: project.properties, body: renderProject(this.ctx, project) } : null;
  }
}
