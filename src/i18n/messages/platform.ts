/**
 * Platform strings: notices, the offline/update prompt, storage warnings, the settings
 * dialog with the optional online basemap, and why a file chosen for import was not read.
 */
export const zh = {
  'notice.region': '通知',
  'notice.dismiss': '关闭此通知',

  'pwa.offline.ready': '已可离线使用：断网后重新打开本页也能正常运行。',
  'pwa.update.available': '有新版本。当前页面不会自动切换，方便时再更新（例如汇报结束后）。',
  'pwa.update.button': '立即更新',
  'pwa.update.elsewhere': '另一个窗口已切换到新版本。方便时请重新加载本窗口。',
  'pwa.reload': '重新加载',

  'sim.worker.restarted': '一个计算线程意外停止，已自动重启并重新计算。结果不受影响。',

  'storage.quota':
    '浏览器存储空间已满：此后的修改只保存在本页面中，关闭页面后会丢失。请点击“全部导出为 JSON”保存一份。',
  'storage.unavailable':
    '无法使用浏览器存储（可能处于无痕/隐私模式，或存储被禁用）。应用可正常使用，但保存的内容只保留到关闭页面为止。请点击“全部导出为 JSON”保存一份。',
  'storage.blocked':
    '另一个窗口正以旧版本占用存储。请关闭本应用的其他窗口后重新加载；在此之前，修改只保存在本页面中。',
  'storage.failed':
    '保存到浏览器存储失败，此后的修改只保存在本页面中。请点击“全部导出为 JSON”保存一份。',
  'storage.versionchange':
    '另一个窗口升级了存储格式。本窗口的修改暂存在页面中；请导出后重新加载本窗口。',
  'storage.export': '全部导出为 JSON',
  'storage.export.failed': '导出失败：{detail}',

  'settings.open': '设置',
  'settings.title': '设置',
  'settings.close': '关闭设置',
  'settings.save': '保存',
  'settings.cancel': '取消',
  'settings.saved': '设置已保存。',
  'settings.basemap.heading': '在线底图（可选）',
  'settings.basemap.intro':
    '本应用默认完全离线，不向任何其他服务器发出请求。如需底图，可填写本单位内网瓦片服务，或使用自有密钥的天地图地址。启用后，仅允许访问该地址所在的一台服务器。',
  'settings.basemap.enabled': '启用在线底图',
  'settings.basemap.kind': '地址类型',
  'settings.basemap.kind.tiles': '栅格瓦片地址模板',
  'settings.basemap.kind.style': '地图样式 JSON 地址',
  'settings.basemap.url': '地址',
  'settings.basemap.url.hint.tiles':
    '例如 https://tiles.example.gov.cn/{z}/{x}/{y}.png；须包含 {z}、{x}、{y}（或 {quadkey}、{bbox-epsg-3857}）。',
  'settings.basemap.url.hint.style':
    '例如 https://maps.example.gov.cn/style.json；样式引用的瓦片等资源须在同一台服务器上。',
  'settings.basemap.crs': '瓦片坐标系',
  'settings.basemap.crs.wgs84': 'WGS-84（GPS、OpenStreetMap）',
  'settings.basemap.crs.gcj02': 'GCJ-02（国测局坐标：高德、腾讯等）',
  'settings.basemap.crs.cgcs2000': 'CGCS2000（天地图）',
  'settings.basemap.crs.note.wgs84': '与本应用数据（WGS-84）一致，不会偏移。',
  'settings.basemap.crs.note.gcj02': '本应用数据为 WGS-84；这些瓦片为 GCJ-02，显示时会偏移数百米。',
  'settings.basemap.crs.note.cgcs2000':
    '本应用数据为 WGS-84；CGCS2000 与 WGS-84 相差不到 1 米，在地图比例尺下看不出偏移。',
  'settings.basemap.attribution': '版权说明（显示在地图右下角，可选）',
  'settings.basemap.origin': '启用后允许访问的服务器：{origin}',
  'settings.basemap.reload': '保存后页面会重新加载，以便安全策略允许该服务器。',
  'settings.basemap.off': '未启用：应用不会访问任何其他服务器。',

  'settings.data.heading': '数据备份',
  'settings.data.intro':
    '保存的情景、演示稿和基准数据只存放在本浏览器中。可导出为一个 JSON 文件备份，或在另一台电脑上导入。',
  'settings.data.memory': '注意：浏览器存储当前不可用，数据只保存在本页面中，请及时导出。',
  'settings.data.import': '导入备份…',
  'settings.data.import.done':
    '已导入：新增 {added} 条，{unchanged} 条已存在未改动，{renamed} 条因编号冲突以新编号保存。',
  'settings.data.import.failed': '导入失败，未做任何更改：{detail}',

  'file.tooLarge': '文件过大（{size}），最多{max}。',
  'file.unreadable': '文件无法读取（{detail}）。',
  'basemap.error.empty': '请填写地址。',
  'basemap.error.too-long': '地址过长（超过 {max} 个字符）。',
  'basemap.error.syntax': '这不是有效的网址。',
  'basemap.error.protocol': '只支持 https:// 或 http:// 地址，而不是 {protocol}。',
  'basemap.error.host': '地址缺少服务器名。',
  'basemap.error.host-placeholder':
    '服务器名中不能含占位符（花括号）：安全策略只允许一台固定的服务器。',
  'basemap.error.credentials': '地址中不能包含用户名或密码。',
  'basemap.error.missing-placeholders': '瓦片地址模板缺少 {missing}。',
  'basemap.error.unknown-placeholder': '不支持的占位符 {name}；可用的有 {supported}。',
  'basemap.error.style-placeholders':
    '样式地址不应包含占位符；瓦片地址模板请选择“栅格瓦片地址模板”。',
  'basemap.error.mixed-content':
    '本页面通过 HTTPS 打开，浏览器会拦截 http:// 地址；请使用 https://。',
  'basemap.error.style-fetch': '地图样式下载失败：{detail}',
  'basemap.error.style-invalid': '地图样式格式不正确：{detail}',
  'basemap.style.skipped': '样式中有 {count} 个图层需要图标或其他服务器的资源，已略过。',
  'basemap.attribution.offset': '底图为 GCJ-02 坐标，与本图数据（WGS-84）偏移数百米',
  'basemap.failed': '在线底图无法从 {origin} 加载。地图的其余部分不受影响。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'notice.region': 'Notifications',
  'notice.dismiss': 'Dismiss this notice',

  'pwa.offline.ready': 'Ready to work offline: this page now opens and runs without a network.',
  'pwa.update.available':
    'A new version is available. This page will not switch by itself; update when convenient (after the briefing, say).',
  'pwa.update.button': 'Update now',
  'pwa.update.elsewhere':
    'Another window has switched to the new version. Reload this window when convenient.',
  'pwa.reload': 'Reload',

  'sim.worker.restarted':
    'A calculation thread stopped unexpectedly; it was restarted and the calculation repeated. The results are not affected.',

  'storage.quota':
    'Browser storage is full: from now on, changes are kept only in this page and are lost when it closes. Use "Export all as JSON" to keep a copy.',
  'storage.unavailable':
    'Browser storage is not available (private browsing, or storage is disabled). The app works, but what you save is kept only until this page closes. Use "Export all as JSON" to keep a copy.',
  'storage.blocked':
    'Another window of this app holds the storage at an older version. Close the other windows and reload; until then, changes are kept only in this page.',
  'storage.failed':
    'Saving to browser storage failed; from now on, changes are kept only in this page. Use "Export all as JSON" to keep a copy.',
  'storage.versionchange':
    'Another window upgraded the storage format. Changes in this window are kept in the page; export them, then reload this window.',
  'storage.export': 'Export all as JSON',
  'storage.export.failed': 'Export failed: {detail}',

  'settings.open': 'Settings',
  'settings.title': 'Settings',
  'settings.close': 'Close settings',
  'settings.save': 'Save',
  'settings.cancel': 'Cancel',
  'settings.saved': 'Settings saved.',
  'settings.basemap.heading': 'Online basemap (optional)',
  'settings.basemap.intro':
    'By default the app is fully offline and makes no request to any other server. For a basemap, enter your own tile service: an intranet tile server, or Tianditu with your own key. When it is on, only that one server is allowed.',
  'settings.basemap.enabled': 'Use the online basemap',
  'settings.basemap.kind': 'Type of address',
  'settings.basemap.kind.tiles': 'Raster tile URL template',
  'settings.basemap.kind.style': 'Map style JSON URL',
  'settings.basemap.url': 'URL',
  'settings.basemap.url.hint.tiles':
    'For example https://tiles.example.gov.cn/{z}/{x}/{y}.png; it must contain {z}, {x} and {y} (or {quadkey}, {bbox-epsg-3857}).',
  'settings.basemap.url.hint.style':
    'For example https://maps.example.gov.cn/style.json; the tiles and other resources it uses must be on the same server.',
  'settings.basemap.crs': 'Coordinate system of the tiles',
  'settings.basemap.crs.wgs84': 'WGS-84 (GPS, OpenStreetMap)',
  'settings.basemap.crs.gcj02': 'GCJ-02 (Chinese offset datum: Amap, Tencent, …)',
  'settings.basemap.crs.cgcs2000': 'CGCS2000 (Tianditu)',
  'settings.basemap.crs.note.wgs84': 'Matches our data (WGS-84): no offset.',
  'settings.basemap.crs.note.gcj02':
    'Our data is WGS-84; these tiles are GCJ-02 and will appear offset by several hundred metres.',
  'settings.basemap.crs.note.cgcs2000':
    'Our data is WGS-84; CGCS2000 differs from it by less than a metre, which does not show at map scale.',
  'settings.basemap.attribution': 'Attribution (shown at the bottom right of the map; optional)',
  'settings.basemap.origin': 'When on, the app may connect to: {origin}',
  'settings.basemap.reload':
    'The page reloads after saving, so that the security policy admits this server.',
  'settings.basemap.off': 'Off: the app contacts no other server.',

  'settings.data.heading': 'Backup',
  'settings.data.intro':
    'Saved scenarios, decks and baselines are kept in this browser only. Export them as one JSON file for a backup, or import them on another computer.',
  'settings.data.memory':
    'Note: browser storage is not available now; data is kept in this page only. Export it soon.',
  'settings.data.import': 'Import a backup…',
  'settings.data.import.done':
    'Imported: {added} added, {unchanged} already present and unchanged, {renamed} saved under a new id because theirs was taken.',
  'settings.data.import.failed': 'Import failed; nothing was changed: {detail}',

  'file.tooLarge': 'The file is too large ({size}); the limit is {max}.',
  'file.unreadable': 'The file could not be read ({detail}).',
  'basemap.error.empty': 'Enter a URL.',
  'basemap.error.too-long': 'The URL is too long (over {max} characters).',
  'basemap.error.syntax': 'This is not a valid URL.',
  'basemap.error.protocol': 'Only https:// and http:// URLs are supported, not {protocol}.',
  'basemap.error.host': 'The URL has no server name.',
  'basemap.error.host-placeholder':
    'The server name cannot contain placeholders (curly braces): the security policy admits one fixed server.',
  'basemap.error.credentials': 'The URL must not contain a user name or password.',
  'basemap.error.missing-placeholders': 'The tile URL template lacks {missing}.',
  'basemap.error.unknown-placeholder':
    'Unsupported placeholder {name}; the supported ones are {supported}.',
  'basemap.error.style-placeholders':
    'A style URL has no placeholders; for a tile URL template, choose "Raster tile URL template".',
  'basemap.error.mixed-content':
    'This page was opened over HTTPS, so the browser blocks http:// addresses; use https://.',
  'basemap.error.style-fetch': 'The map style could not be downloaded: {detail}',
  'basemap.error.style-invalid': 'The map style is malformed: {detail}',
  'basemap.style.skipped':
    '{count} layers of the style need icons or resources on other servers and were left out.',
  'basemap.attribution.offset':
    'Basemap in GCJ-02: offset by several hundred metres from our WGS-84 data',
  'basemap.failed':
    'The online basemap could not be loaded from {origin}. The rest of the map is unaffected.',
};
