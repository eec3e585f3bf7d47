/**
 * The subjects of a list's items (sums.ts, kindParts.ts): the author, another named body, an area's bodies or every body of a kind
 * opening an item's clause, each item carrying the one before it when it names none. Items of different subjects are no parts of one
 * sum.
 */
/** The author opening a clause: 本局, 局机关, or its own level (县本级…, 本级…, after the levels below it). */
export const SELF_LEAD = /^\s*(?:(?:19|20)\d{2}年[,，]?)?(?:(?:本|我)(?:局|委|办|厅|单位|机关|部门)|局机关|(?:[局厅省市县区州旗镇乡]|街道)?本级)/
/**
 * A clause opening with another named body than the author as its subject (县司法局开展…, 执法大队举办…, 县妇联开展…, 各社区开展…,
 * 县公安局罚款…): that body's own item, never a part of the author's sum. A body after a verb or a preposition (联合县妇联开展…,
 * 邀请县司法局…) is no subject: the item stays the author's.
 */
export const BODY_LEAD = /^\s*(?:(?:19|20)\d{2}年[,，]?)?(?!本|我|局机关|局本级|联合|会同|配合|协助|指导|邀请|组织|开展|举办|通过|依托|为|对|向|与|在)[^,，;；。\d、（(]{0,12}?(?:局|委|办|厅|所|大队|支队|中队|院|妇联|团委|工会|中心|街道|社区|[乡镇村]|部门|单位)(?=开展|举办|组织|召开|举行|受理|办理|审查|审核|查处|查办|办结|实施|作出|对|共|累计|合计|全年|先后|联合|会同|罚|没收|收缴|收取|处罚|征收|整改|排查|化解|调解|检查|抽查|清理|完成|接待|立案|移送)/
/**
 * A whole area's or every level's bodies opening a clause (全县…, 各级党委…, 各单位…): a count the author's own is summed
 * with (the corpus README's optional 市政府常务会议学法5次，全市举办…200余场次); every body of a kind (各社区…, 各执法大队…) are other bodies.
 */
const AREA_SUBJECT = /^\s*(?:(?:19|20)\d{2}年[,，]?)?(?:各(?:级|单位|部门)|全[国省市县区州旗镇乡])/
const EACH_SUBJECT = /^\s*(?:(?:19|20)\d{2}年[,，]?)?各/
/** The words of a clause from its ；-part's start (a clause that runs across ； speaks for its last part). */
export const partLead = (clause: string) => clause.slice(Math.max(clause.lastIndexOf(';'), clause.lastIndexOf('；')) + 1)
/**
 * The subjects of a list's items: 'self' for the author named or not, the other body's words, or '' for an area's (summed with
 * either); an item that names none carries the one before it (县司法局组织…学习6次，开展专题研讨2次 are both its own).
 */
export function subjectsOf(clauses: string[]): string[] {
  let carried = 'self'
  return clauses.map((clause) => {
    if (AREA_SUBJECT.test(clause)) return ''
    const body = SELF_LEAD.test(clause) ? 'self' : EACH_SUBJECT.test(clause) ? '各' : BODY_LEAD.exec(clause)?.[0].trim()
    if (body) carried = body
    return carried
  })
}
