/**
 * Page chrome and title forms for the opening probes (./openingProbes.ts), crossed with every author of ./openingAuthors.ts
 * (agency17): a WeChat article's chrome (原创 … 发表于, 来源：X微信公众号), a news site's (来源：X日报 — a newspaper is never the
 * author), a government information disclosure index (索引号/主题分类/发文机关/成文日期/发布日期, as a table or on one line),
 * breadcrumbs after 当前位置, a title over three lines with the year on its own, a signature with its seal and contacts, attachment
 * lines naming other bodies, and an addressee line naming a superior organ. Names, figures and wording are made up for the probe.
 */
import type { Author } from './openingAuthors'
import type { Frame, YearFrame } from './openingPages'

/** A body that names no organ. */
const BODY = (self: string, y: number) =>
  `一、主要工作及成效\n${y}年，${self}坚持依法行政，全年办理行政处罚案件126件，开展执法检查38次。\n` +
  `二、存在的问题\n执法队伍专业化水平仍需提升。\n三、${y + 1}年工作计划\n${y + 1}年，${self}将继续深化依法行政。\n`

/** A superior organ an addressee line may name in full: nothing the author is, nothing that places it. */
const SUPERIOR: Record<string, string> = {
  ministry: '国务院', national: '国务院', 'province-dept': '司法部', 'city-bureau': '省司法厅', 'city-gov': '省人民政府',
  'county-bureau': '省司法厅', 'county-gov': '省人民政府', town: '省司法厅', street: '省司法厅', zone: '省司法厅',
}

export const chineseYear = (y: number) => String(y).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)])

export const CHROME_FRAMES: Record<string, Frame> = {
  'WeChat article chrome': (x, y) => ({
    text: `${y}年度法治政府建设情况报告\n原创 法治宣传组 ${x.full} ${y + 1}-02-03 17:30 发表于浙江\n${BODY(x.self, y)}`, source: 'publisher',
  }),
  'WeChat account as the source': (x, y) => ({
    text: `${y}年法治政府建设工作报告\n来源：${x.full}微信公众号　发布时间：${y + 1}-01-22\n${BODY(x.self, y)}`, source: 'publisher',
  }),
  'WeChat account, author in the title': (x, y) => ({
    text: `${x.full}${y}年法治政府建设工作报告\n原创 小编 法治日报 ${y + 1}-02-03 发表于北京\n阅读 1024\n${BODY(x.self, y)}`, source: 'title',
  }),
  'news site, newspaper as the source': (x, y) => ({
    text: `${y}年法治政府建设工作报告\n来源：浙江日报　作者：记者 王海 通讯员 李明　发布时间：${y + 1}-02-10\n${y}年，${x.full}坚持以习近平法治思想为指导，扎实推进依法行政。\n${BODY(x.self, y)}`,
    source: 'body',
  }),
  'news site, newspaper source beside the title': (x, y) => ({
    text: `来源：中国新闻网 | ${y + 1}-01-16 09:12\n${x.full}${y}年度法治政府建设情况报告\n${BODY(x.self, y)}`, source: 'title',
  }),
  'disclosure index table': (x, y) => ({
    text: `| 索引号 | 330122000000/${y + 1}-00021 | 主题分类 | 综合政务 |\n| 发文机关 | ${x.full} | 成文日期 | ${y + 1}-01-20 |\n` +
      `| 标题 | ${y}年度法治政府建设情况报告 |\n| 发文字号 | | 发布日期 | ${y + 1}-01-22 |\n${BODY(x.self, y)}`,
    source: 'publisher',
  }),
  'disclosure index on one line': (x, y) => ({
    text: `索引号：330122000000/${y + 1}-00021 主题分类：综合政务 发文机关：${x.full} 成文日期：${y + 1}-01-20 发布日期：${y + 1}-01-22\n` +
      `${y}年度法治政府建设情况报告\n${BODY(x.self, y)}`,
    source: 'publisher',
  }),
  'breadcrumb after 当前位置': (x, y) => ({
    text: `您当前的位置：首页>政务公开>法治政府建设>年度报告\n${x.full}${y}年度法治政府建设情况报告\n${BODY(x.self, y)}`, source: 'title',
  }),
  'breadcrumb after 当前位置 names the author': (x, y) => ({
    text: `当前位置：首页 » 部门信息公开 » ${x.full} » 法治政府建设\n${y}年法治政府建设年度报告\n${BODY(x.self, y)}`, source: 'publisher',
  }),
  'title over three lines, year alone': (x, y) => ({ text: `${x.full}\n${y}年度\n法治政府建设情况报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title over two lines, year in Chinese numerals': (x, y) => ({ text: `${x.full}\n${chineseYear(y)}年度法治政府建设工作报告\n${BODY(x.self, y)}`, source: 'title' }),
  'signature with seal and contacts': (x, y) => ({
    text: `${y}年法治政府建设工作报告\n${BODY(x.self, y)}\n${x.full}（盖章）\n${y + 1}年1月10日\n（联系人：王某；联系电话：0571-64612345）\n`, source: 'signature',
  }),
  'attachments naming other bodies after the signature': (x, y) => ({
    text: `${y}年法治政府建设工作报告\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年1月10日\n附件：1.省司法厅关于开展法治政府建设考评的通知\n2.法治政府建设重点任务完成情况表\n`,
    source: 'signature',
  }),
  'attachment line above the title': (x, y) => ({
    text: `附件2\n${x.full}${y}年度法治政府建设情况报告\n${BODY(x.self, y)}`, source: 'title',
  }),
  'superior organ as the addressee': (x, y) => ({
    text: `${x.full}关于${y}年度法治政府建设情况的报告\n${SUPERIOR[x.level]}：\n${BODY(x.self, y)}`, source: 'title',
  }),
  'superior organ as the addressee, signed': (x, y) => ({
    text: `关于${y}年度法治政府建设情况的报告\n${SUPERIOR[x.level]}：\n${BODY(x.self, y)}\n${x.full}\n${y + 1}年2月6日\n`, source: 'signature',
  }),
  'report to the people’s congress': (x, y) => ({
    text: `${x.full}${y}年度法治政府建设情况报告\n——${y + 1}年3月17日在县第十六届人民代表大会常务委员会第二十四次会议上\n主任、各位副主任、委员：\n${BODY(x.self, y)}`,
    source: 'title',
  }),
  'date in brackets after the title, document number': (x, y) => ({
    text: `${x.full}${y}年度法治政府建设情况报告 （ ${y + 1}年01月15日 ）\n浙司〔${y + 1}〕1号\n${BODY(x.self, y)}`, source: 'title',
  }),
  'lead with 以下简称': (x, y) => ({
    text: `${y}年度法治政府建设情况报告\n${y}年，${x.full}（以下简称“${x.self.replace(/^我/, '本')}”）坚持以习近平法治思想为指导，扎实推进依法行政。\n${BODY(x.self, y)}`, source: 'body',
  }),
  'site menu and view count above the title': (x, y) => ({
    text: `首　页　政务资讯　政府信息公开　政务服务　政民互动\n${x.full}${y}年法治政府建设年度报告\n时间：${y + 1}-02-28 15:36 浏览量：1\n${BODY(x.self, y)}`, source: 'title',
  }),
  'party group in the title line': (x, y) => /[局厅委]$|委员会$/.test(x.full) && !/管理委员会$/.test(x.full)
    ? { text: `中共${x.full}党组关于${y}年法治政府建设的年度报告\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'government by its short name in the lead': (x, y) => /人民政府$/.test(x.full)
    ? { text: `${y}年度法治政府建设情况报告\n${y}年，${x.full.replace(/人民政府$/, '政府')}在上级党委、政府领导下，坚持依法行政。\n${BODY(x.self, y)}`, source: 'body' }
    : null,
  'index list, each value on a line of its own': (x, y) => ({
    text: `- 索引号：\n- 113310810026792569/${y + 1}-00223\n- 公开方式：\n- 主动公开\n- 发布单位：\n- ${x.full}\n- 成文日期：\n- ${y + 1}-01-10\n` +
      `${y}年度法治政府建设工作报告\n${BODY(x.self, y)}`,
    source: 'publisher',
  }),
  'index with spaced labels': (x, y) => ({
    text: `- 索 引 号：370402/${y + 1}-00029\n- 主题分类：法治政府建设\n- 发 布 机 构：${x.full}\n- 成文时间：${y + 1}年02月28日\n- 标 题：${y}年度法治政府建设情况报告\n${BODY(x.self, y)}`,
    source: 'publisher',
  }),
  // (the region then starts with the outer places: ./openingProbes.ts)
  'outer places in the site banner': (x, y) => x.outer && x.region
    ? { text: `${x.outer}${x.region}${x.level === 'street' ? '办事处' : '人民政府'}门户网站\n${x.full}${y}年法治政府建设年度报告\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  'outer places in the lead': (x, y) => x.outer
    ? { text: `${x.full}${y}年法治政府建设年度报告\n${y}年，${x.outer}${x.full}坚持以习近平法治思想为指导，依法履职。\n${BODY(x.self, y)}`, source: 'title' }
    : null,
  // (the abbreviated organ of ./openingProbes.ts's short forms: its agency and place are the short form's)
  'abbreviation, its place only in its party committee’s document': (x, y) => x.short
    ? {
      text: `${y}年法治政府建设工作报告\n按照《中共${x.short.place}委全面依法治${x.short.place.slice(-1)}委员会办公室关于做好${y}年度法治政府建设工作的通知》，` +
        `${x.short.name}依照法定职责，对本单位法治政府建设情况作了全面自查，现报告如下：\n${BODY(x.self, y)}`,
      source: 'body',
    }
    : null,
  'author after a dash in the title': (x, y) => ({ text: `${y}年度法治政府建设情况报告——${x.full}\n${BODY(x.self, y)}`, source: 'title' }),
  'news title: the author publishes its report': (x, y) => ({ text: `${x.full}发布${y}年度法治政府建设情况报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title with a note in brackets': (x, y) => ({ text: `${x.full}${y}年度法治政府建设情况报告（全文）\n${BODY(x.self, y)}`, source: 'title' }),
  'title twice, the bare one first': (x, y) => ({ text: `${y}年度法治政府建设情况报告\n发布日期：${y + 1}-01-20\n${x.full}${y}年度法治政府建设情况报告\n${BODY(x.self, y)}`, source: 'title' }),
  'title 依法行政暨法治政府建设': (x, y) => ({ text: `${x.full}关于${y}年度依法行政暨法治政府建设工作情况的报告\n${BODY(x.self, y)}`, source: 'title' }),
}

/** Years a title writes over a span (2023—2024年度) or by numerals on a line of its own. */
export const CHROME_YEAR_FRAMES: Record<string, YearFrame> = {
  'two years in the title': (x: Author, y: number) => ({ text: `${x.full}${y - 1}—${y}年度法治政府建设工作报告\n${BODY(x.self, y)}`, year: y, source: 'title' }),
  'two years in the title, 至': (x: Author, y: number) => ({ text: `${x.full}关于${y - 1}年至${y}年法治政府建设情况的报告\n${BODY(x.self, y)}`, year: y, source: 'title' }),
  'year in Chinese numerals on its own line': (x: Author, y: number) => ({
    text: `${x.full}\n${chineseYear(y)}年度\n法治政府建设情况报告\n${BODY(x.self, y)}`, year: y, source: 'title',
  }),
  'year 年度 in a bracketed title tag': (x: Author, y: number) => ({ text: `【${y}年度】${x.full}法治政府建设情况报告\n${BODY(x.self, y)}`, year: y, source: 'title' }),
}
