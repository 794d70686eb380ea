/**
 * Text for a failed attachment upload: the problem kind (413 too large, 415 not an accepted kind of file)
 * and the name of the file the server's pointer (`#/files/2`) names.
 */
import { isProblem } from '../../api/client.ts';
import type { I18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';

/** The problem's text with the file it names, or the plain error text when it is not a problem. */
export function uploadProblemText(
  i18n: Pick<I18n, 'tx' | 't'>,
  error: unknown,
  fileNames: readonly string[],
): string {
  if (!isProblem(error)) return String(error);
  const index = Number(error.errors[0]?.pointer?.match(/^#\/files\/(\d+)$/)?.[1]);
  const fileName = Number.isInteger(index) ? fileNames[index] : undefined;
  const text = problemText(i18n, error);
  return fileName ? i18n.t('caseForm.fileProblem', { problem: text, file: fileName }) : text;
}
