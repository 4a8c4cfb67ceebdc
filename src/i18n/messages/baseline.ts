/** Strings of the baseline editor (issue 5, item 10): 2022 levels and county weights. */
export const zh = {
  'nav.baseline': '基础数据',

  'baseline.heading': '2022年基础数据',
  'baseline.intro':
    '模拟需要2022年全市总量和各县（市、区）权重，但现有资料中没有这些官方数字。请在此录入或导入CSV。每个数值都标明来源：有出处（只读）、用户录入或假设。系统不会自行编造任何数字。',
  'baseline.storage': '录入内容保存在本浏览器中（IndexedDB），并用于模拟计算。',
  'baseline.unreadable': '有{count}条已保存的基础数据无法读取（未作改动）：{detail}',

  'baseline.origin.notEntered': '未录入',
  'baseline.origin.user': '用户录入',
  'baseline.origin.assumption': '假设',
  'baseline.origin.sourced': '有出处',
  'baseline.origin.when': '{origin} · {when}',
  'baseline.origin.assumptionLabel': '标注为假设',
  'baseline.clear': '清除',
  'baseline.clear.label': '清除{name}',
  'baseline.saved': '已保存',
  'baseline.saveFailed': '未能保存：{detail}',

  'baseline.col.indicator': '指标',
  'baseline.col.value': '2022年数值',
  'baseline.col.unit': '单位',
  'baseline.col.origin': '来源',
  'baseline.col.reference': '参考（有出处）',
  'baseline.col.county': '县（市、区）',
  'baseline.col.share': '占全市GDP比重（%）',
  'baseline.input.label': '{name}，2022年，{unit}',

  'baseline.levels.heading': '全市2022年总量',
  'baseline.levels.intro':
    '录入2022年总量后，情景推演的看板可按预测增速给出2023年总量（GDP和规上工业按可比价增速推算，即按2022年价格计）。',
  'baseline.levels.reference': '{year}年 {value}（可信度{confidence}）',

  'baseline.weights.heading': '各县（市、区）权重',
  'baseline.weights.intro':
    '每个县（市、区）2022年占全市地区生产总值的比重。只有11个县区全部录入且合计为100%时，模拟才由各县区按权重汇总全市数据；模型对各县区指标使用同一组权重。',
  'baseline.weights.total': '合计',
  'baseline.weights.state.empty': '尚未录入权重：模拟不按县区汇总。',
  'baseline.weights.state.incomplete':
    '已录入{entered}/11个，缺少：{missing}。权重不完整，暂不用于模拟（系统不会补齐缺失值）。',
  'baseline.weights.state.sum':
    '11个县区已全部录入，但合计为{sum}，须为100%。可点击“归一化”按比例调整，或修改数值。',
  'baseline.weights.state.ok': '合计{sum}：已用于模拟，全市数据由各县区按权重汇总。',
  'baseline.weights.normalise': '归一化',
  'baseline.weights.normalise.hint': '按比例缩放已录入的11个权重，使合计为100%',

  'baseline.error.notNumber': '请输入数字，例如 {example}',
  'baseline.error.range': '应在{min}至{max}之间（单位：{unit}）',
  'baseline.error.weightRange': '应大于0且不超过100',

  'baseline.csv.heading': 'CSV导入与导出',
  'baseline.csv.intro':
    '下载模板，在表格软件中填写“数值”列后导入。支持UTF-8（含或不含BOM）及GB18030编码，中英文表头均可。留空的行不导入；文件中有任何错误时不会改动已保存的数据。',
  'baseline.csv.import': '导入CSV…',
  'baseline.csv.template': '下载模板',
  'baseline.csv.export': '导出已录入数据',
  'baseline.csv.templateFile': '漳州2022年基础数据模板.csv',
  'baseline.csv.exportFile': '漳州2022年基础数据.csv',
  'baseline.csv.imported': '已从“{file}”导入{count}项（{skipped}行未填写，保持原状）。',
  'baseline.csv.importedGb': '文件按GB18030编码读取。',
  'baseline.csv.sumWarning': '注意：文件中11个县区权重合计为{sum}，不是100%，暂不用于模拟。',
  'baseline.csv.failed': '“{file}”未导入，已保存的数据未改动。请修正以下问题：',
  'baseline.csv.more': '……另有{count}个问题未列出。',
  'baseline.csv.where': '第{row}行，“{column}”列（{letter}列）：{message}',
  'baseline.csv.whereRow': '第{row}行：{message}',
  'baseline.csv.issue.empty': '文件为空或只有空行。',
  'baseline.csv.issue.too-large': '文件过大（最多{max}个字符）。',
  'baseline.csv.issue.too-many-rows': '行数过多（最多{max}行）。',
  'baseline.csv.issue.unterminated-quote': '引号未闭合（文件可能被截断）。',
  'baseline.csv.issue.missing-column.value': '表头中没有“数值”（value）列。',
  'baseline.csv.issue.missing-column.id': '表头中既没有“代码”（id）列，也没有“名称”（name）列。',
  'baseline.csv.issue.duplicate-column': '同一列出现两次。',
  'baseline.csv.issue.missing-id': '有数值但没有代码或名称。',
  'baseline.csv.issue.unknown-id': '未知的代码或名称“{value}”（请使用模板中的代码）。',
  'baseline.csv.issue.duplicate-row': '“{key}”已在第{first}行出现。',
  'baseline.csv.issue.not-a-number': '“{value}”不是数字。',
  'baseline.csv.issue.out-of-range': '{value}超出范围（应在{min}至{max}之间，单位{unit}）。',
  'baseline.csv.issue.unit-mismatch': '单位应为“{expected}”，文件中为“{value}”。请换算后再导入。',
  'baseline.csv.issue.bad-origin': '“{value}”无法识别，应为“用户录入”或“假设”。',
  'baseline.csv.issue.note-too-long': '备注过长（最多{max}个字符）。',

  'baseline.check.heading': '汇总检验',
  'baseline.check.intro':
    '用所选情景运行模型（{paths}条路径，固定随机种子），比较全市模型的GDP增速与由11个县区按上述权重汇总的结果。',
  'baseline.check.scenario': '情景',
  'baseline.check.current': '当前情景（情景推演）',
  'baseline.check.unused': '权重未完整录入或合计不为100%，模拟不按县区汇总。',
  'baseline.check.running': '正在计算……',
  'baseline.check.failed': '计算失败：{detail}',
  'baseline.check.row.city': '全市模型',
  'baseline.check.row.aggregate': '11个县区按权重汇总',
  'baseline.check.col.median': 'GDP增速中位数',
  'baseline.check.col.central': '中心预测',
  'baseline.check.col.pMeet': '达到目标（{target}）的概率',

  'baseline.sourced.heading': '有出处的数据（只读）',
  'baseline.sourced.intro':
    '来自共享资料（sources.md）的数字，附出处和可信度，仅供参考，不能修改。2024年数字为事后结果，不是2023年实绩。',
  'baseline.sourced.col.year': '年份',
  'baseline.sourced.col.value': '数值',
  'baseline.sourced.col.scope': '范围',
  'baseline.sourced.col.source': '出处 · 可信度',
  'baseline.sourced.scope.city': '漳州市',
  'baseline.sourced.scope.province': '福建省',
  'baseline.sourced.scope.county': '县区',

  'baseline.projected': '2023年约{value}{note}',
  'baseline.projected.note.comparable': '（2022年价）',
  'baseline.projected.note.assumption': '（基于假设）',
  'baseline.projected.note.both': '（2022年价，基于假设）',
  'baseline.projected.title': '由用户录入的2022年总量和预测增速中位数推算；未录入时不显示。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'nav.baseline': 'Baseline data',

  'baseline.heading': 'Baseline data for 2022',
  'baseline.intro':
    'The simulation needs the 2022 city levels and each county’s weight, and no source we have gives the official figures. Enter them here or import a CSV file. Every value says where it came from: sourced (read-only), user-entered or an assumption. The app never makes a number up.',
  'baseline.storage': 'Entries are kept in this browser (IndexedDB) and used by the simulation.',
  'baseline.unreadable':
    '{count} saved baseline record(s) could not be read (left untouched): {detail}',

  'baseline.origin.notEntered': 'not entered',
  'baseline.origin.user': 'user-entered',
  'baseline.origin.assumption': 'assumption',
  'baseline.origin.sourced': 'sourced',
  'baseline.origin.when': '{origin} · {when}',
  'baseline.origin.assumptionLabel': 'Mark as assumption',
  'baseline.clear': 'Clear',
  'baseline.clear.label': 'Clear {name}',
  'baseline.saved': 'Saved',
  'baseline.saveFailed': 'Not saved: {detail}',

  'baseline.col.indicator': 'Indicator',
  'baseline.col.value': '2022 value',
  'baseline.col.unit': 'Unit',
  'baseline.col.origin': 'Origin',
  'baseline.col.reference': 'Reference (sourced)',
  'baseline.col.county': 'County',
  'baseline.col.share': 'Share of city GDP (%)',
  'baseline.input.label': '{name}, 2022, {unit}',

  'baseline.levels.heading': 'City levels, 2022',
  'baseline.levels.intro':
    'With a 2022 level entered, the workbench dashboard can show the 2023 level the projected growth implies (GDP and above-scale industry grow at comparable prices, so their levels are in 2022 prices).',
  'baseline.levels.reference': '{year}: {value} (confidence {confidence})',

  'baseline.weights.heading': 'County weights',
  'baseline.weights.intro':
    'Each county’s share of city GDP in 2022. Only when all 11 are entered and add up to 100% does the simulation aggregate city figures from the counties; the model uses this one set of weights for every county indicator.',
  'baseline.weights.total': 'Total',
  'baseline.weights.state.empty':
    'No weights entered: the simulation does not aggregate from the counties.',
  'baseline.weights.state.incomplete':
    '{entered} of 11 entered; missing: {missing}. Incomplete weights are not used (missing ones are never filled in).',
  'baseline.weights.state.sum':
    'All 11 are entered but add up to {sum}, not 100%. Normalise to scale them proportionally, or correct a value.',
  'baseline.weights.state.ok':
    'Total {sum}: used by the simulation, which aggregates city figures from the counties.',
  'baseline.weights.normalise': 'Normalise',
  'baseline.weights.normalise.hint':
    'Scale the 11 entered weights proportionally so they add up to 100%',

  'baseline.error.notNumber': 'Enter a number, e.g. {example}',
  'baseline.error.range': 'Must be from {min} to {max} (unit: {unit})',
  'baseline.error.weightRange': 'Must be above 0 and at most 100',

  'baseline.csv.heading': 'CSV import and export',
  'baseline.csv.intro':
    'Download the template, fill in the value column in a spreadsheet and import it. UTF-8 (with or without BOM) and GB18030 are read; headers may be Chinese or English. Rows left empty are not imported; a file with any error changes nothing that is saved.',
  'baseline.csv.import': 'Import CSV…',
  'baseline.csv.template': 'Download template',
  'baseline.csv.export': 'Export entries',
  'baseline.csv.templateFile': 'zhangzhou-baseline-2022-template.csv',
  'baseline.csv.exportFile': 'zhangzhou-baseline-2022.csv',
  'baseline.csv.imported':
    'Imported {count} value(s) from “{file}” ({skipped} empty row(s) left as they were).',
  'baseline.csv.importedGb': 'The file was read as GB18030.',
  'baseline.csv.sumWarning':
    'Note: the 11 county weights in the file add up to {sum}, not 100%; they are not used until corrected.',
  'baseline.csv.failed':
    '“{file}” was not imported and nothing saved was changed. Fix these problems:',
  'baseline.csv.more': '… and {count} more problem(s) not listed.',
  'baseline.csv.where': 'Row {row}, column “{column}” ({letter}): {message}',
  'baseline.csv.whereRow': 'Row {row}: {message}',
  'baseline.csv.issue.empty': 'The file is empty or has only empty rows.',
  'baseline.csv.issue.too-large': 'The file is too large (at most {max} characters).',
  'baseline.csv.issue.too-many-rows': 'Too many rows (at most {max}).',
  'baseline.csv.issue.unterminated-quote': 'A quote is never closed (was the file cut short?).',
  'baseline.csv.issue.missing-column.value':
    'The header has no value column (“value”, or its Chinese header).',
  'baseline.csv.issue.missing-column.id':
    'The header has neither an id column (“id”) nor a name column (“name”), in English or Chinese.',
  'baseline.csv.issue.duplicate-column': 'The same column appears twice.',
  'baseline.csv.issue.missing-id': 'A value without an id or a name.',
  'baseline.csv.issue.unknown-id': 'Unknown id or name “{value}” (use the ids of the template).',
  'baseline.csv.issue.duplicate-row': '“{key}” already appears in row {first}.',
  'baseline.csv.issue.not-a-number': '“{value}” is not a number.',
  'baseline.csv.issue.out-of-range': '{value} is out of range (from {min} to {max}, unit {unit}).',
  'baseline.csv.issue.unit-mismatch':
    'The unit must be “{expected}”; the file says “{value}”. Convert the value first.',
  'baseline.csv.issue.bad-origin': '“{value}” is not recognised; use “user” or “assumption”.',
  'baseline.csv.issue.note-too-long': 'The note is too long (at most {max} characters).',

  'baseline.check.heading': 'Aggregation check',
  'baseline.check.intro':
    'Runs the model for the chosen scenario ({paths} paths, fixed seed) and compares the city model’s GDP growth with the figure aggregated from the 11 counties with the weights above.',
  'baseline.check.scenario': 'Scenario',
  'baseline.check.current': 'Current scenario (workbench)',
  'baseline.check.unused':
    'The weights are incomplete or do not add up to 100%, so the simulation does not aggregate from the counties.',
  'baseline.check.running': 'Computing…',
  'baseline.check.failed': 'The run failed: {detail}',
  'baseline.check.row.city': 'City model',
  'baseline.check.row.aggregate': 'Aggregated from the 11 counties',
  'baseline.check.col.median': 'Median GDP growth',
  'baseline.check.col.central': 'Central projection',
  'baseline.check.col.pMeet': 'Probability of the target ({target})',

  'baseline.sourced.heading': 'Sourced figures (read-only)',
  'baseline.sourced.intro':
    'Figures from the shared research notes (sources.md), with source and confidence, for reference; they cannot be edited. 2024 figures are later outcomes, not 2023 results.',
  'baseline.sourced.col.year': 'Year',
  'baseline.sourced.col.value': 'Value',
  'baseline.sourced.col.scope': 'Scope',
  'baseline.sourced.col.source': 'Source · confidence',
  'baseline.sourced.scope.city': 'Zhangzhou',
  'baseline.sourced.scope.province': 'Fujian',
  'baseline.sourced.scope.county': 'County',

  'baseline.projected': '≈ {value} in 2023{note}',
  'baseline.projected.note.comparable': ' (2022 prices)',
  'baseline.projected.note.assumption': ' (assumed 2022 level)',
  'baseline.projected.note.both': ' (2022 prices, assumed 2022 level)',
  'baseline.projected.title':
    'From the 2022 level the user entered and the median projected growth; not shown until a level is entered.',
};
