/** Simplified → traditional (Taiwan forms), as the probe sets write their traditional-script texts (opencc-js, cn → tw). */
import { Converter } from 'opencc-js/cn2t'

export const toTraditional = Converter({ from: 'cn', to: 'tw' })
