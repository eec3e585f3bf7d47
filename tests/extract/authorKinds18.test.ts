/**
 * Report metadata of the author kinds and title forms the opening probes lacked (./authorKinds18.ts, agency18).
 */
import { authorKinds18 } from './authorKinds18'
import { describeForms } from './probeForms'

describeForms(authorKinds18())
