/**
 * A leader's report in the leader's own voice (述法, 述职, a 第一责任人 report) that names the organ only in the leader's post:
 * 本人作为X局主要负责人, 本人担任X县应急管理局局长, 我叫…，现任X镇镇长. The post names the organ whose report it is (the ruling of r7: a
 * report in a leader's own voice is its organ's); a post the leader holds elsewhere (兼任…) or a body the leader only joined is not.
 */
import { POSTS } from './authorTitle'
import { CJK, type AgencyFound, type Context } from './authorContext'
import { authorOf } from './authorName'

/** The speaker's post: 本人/我 (我叫某某，) 作为/担任/现任/任 + organ and post, up to the clause's end. */
const POST_HELD = new RegExp(`(?:本人|我)(?:叫[${CJK}]{2,4}[，,]\\s*)?(?:现)?(?:作为|担任|任)([${CJK}、]{3,40}?)(?=[，,。；;（(]|$)`, 'm')

export function fromLeaderPost(ctx: Context): AgencyFound | null {
  const held = POST_HELD.exec(ctx.text.slice(0, 800))
  if (!held) return null
  const organ = held[1].replace(POSTS, '')
  const o = organ !== held[1] ? authorOf(organ, ctx) : null
  return o ? { organ: o, source: 'body', evidence: held[0] } : null
}
