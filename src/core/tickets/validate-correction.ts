// What every store checks before it records a staff correction of the classifier.
import { StoreInputError, type CorrectionInput } from './ticket-store.js';
import { validateDate } from './validate-input.js';

const KINDS: ReadonlySet<string> = new Set(['recategorise', 'not_report', 'missed']);

export function validateCorrection(input: CorrectionInput): void {
  if (!KINDS.has(input.kind)) throw new StoreInputError(`更正类型“${input.kind}”无效。`);
  if (!input.staff.trim()) throw new StoreInputError('更正必须记下是哪位工作人员做的。');
  validateDate(input.at);
}
