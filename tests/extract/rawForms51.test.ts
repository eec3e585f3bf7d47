/**
 * Runs round 51's raw forms (rawForms51.ts): each text states exactly the values it lists; each opening reads as its Meta.
 */
import { catalogue } from './seeds'
import { probeSuite } from './unseenForms39'
import { metaSuite } from './metaSuite'
import { RAW_51, META_51 } from './rawForms51'

const IDS = catalogue.indicators.map((i) => i.id)

/** Forms of this batch no rule reads yet. Each must still fail: when a rule reads it, take it out of this list. */
const OPEN = new Set<string>([
  'N次 before a government standing meeting\'s 集中学法',
  'N次 before a party group meeting\'s 专题学法',
  'N次 before a town head\'s office meeting\'s 会前学法',
  'none received, 书面申请政府信息公开',
  'none received, who asked before 申请公开政府信息',
])
const OPEN_META = new Set<string>([
  'a flattened work report, 一、N年主要工作N年以来',
  'a flattened work report, 一、N年工作回顾N年,',
  'a town carrying out its county-level city\'s 总要求',
  'a town carrying out its county\'s 部署, 落实X县…部署',
])

probeSuite('raw forms 51', RAW_51, IDS, OPEN)
metaSuite('raw forms 51, openings', META_51, META_51.length, OPEN_META)
