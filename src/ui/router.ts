/**
 * Hash routing: `#/<view>?<params>`. The hash keeps the app a static site (any intranet web
 * server, or a file share) and lets a link carry the whole view state, scenario included.
 */
export const VIEW_IDS = [
  'atlas',
  'targets',
  'workbench',
  'compare',
  'baseline',
  'present',
  'presenter',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface Route {
  view: ViewId;
  params: URLSearchParams;
}

export function isViewId(value: string): value is ViewId {
  return (VIEW_IDS as readonly string[]).includes(value);
}

/** Reads a hash such as `#/workbench?s=…`; anything unknown falls back to the atlas. */
export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const path = q === -1 ? body : body.slice(0, q);
  const query = q === -1 ? '' : body.slice(q + 1);
  return { view: isViewId(path) ? path : 'atlas', params: new URLSearchParams(query) };
}

export function formatHash(route: Route): string {
  const query = route.params.toString();
  return `#/${route.view}${query ? `?${query}` : ''}`;
}

export class Router {
  private current: Route;

  constructor(private readonly onChange: (route: Route, previous: Route | null) => void) {
    this.current = parseHash(location.hash);
    window.addEventListener('hashchange', () => {
      const previous = this.current;
      this.current = parseHash(location.hash);
      this.onChange(this.current, previous);
    });
  }

  get route(): Route {
    return this.current;
  }

  start(): void {
    this.onChange(this.current, null);
  }

  /** Goes to a route; `replace` updates the address without a new history entry. */
  navigate(route: Route, replace = false): void {
    const hash = formatHash(route);
    if (hash === location.hash) return;
    if (replace) {
      history.replaceState(null, '', hash);
      const previous = this.current;
      this.current = route;
      this.onChange(route, previous);
    } else {
      location.hash = hash;
    }
  }

  /** Updates the current view's params in the address bar without re-rendering the view. */
  replaceParams(params: URLSearchParams): void {
    this.current = { view: this.current.view, params };
    history.replaceState(null, '', formatHash(this.current));
  }
}
