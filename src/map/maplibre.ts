/**
 * maplibre, loaded from its CSP build. The default build starts its tile workers from a
 * `blob:` URL holding the worker's whole code as a string, which a strict
 * Content-Security-Policy is right to distrust; the CSP build loads its worker from a file
 * served by our own origin instead.
 */
import type * as maplibreTypes from 'maplibre-gl';
import * as maplibreCsp from 'maplibre-gl/dist/maplibre-gl-csp.js';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-csp-worker.js?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { workerUrlUnderPageCsp } from '../pwa/worker-url';

type MaplibreModule = typeof maplibreTypes;

// The UMD bundle may arrive as a namespace or wrapped in `default`, depending on interop.
const ns = maplibreCsp as unknown as MaplibreModule & { default?: MaplibreModule };
const maplibregl: MaplibreModule = ns.Map ? ns : (ns.default ?? ns);
// Platform (CSP): started through a blob: wrapper so that the worker obeys the page's policy.
maplibregl.setWorkerUrl(workerUrlUnderPageCsp(workerUrl));

export default maplibregl;
