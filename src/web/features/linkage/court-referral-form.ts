/**
 * The court-referral form (诉前调解 / 委派调解): the court, its case number and the kind of referral, plus
 * the case itself as on the registration form. Its values map to `POST /court-referrals` — the case
 * without a channel, which the server sets for a referral — and the server's pointers (`#/court`,
 * `#/case/parties/0/idNumber`) map back to the form's fields.
 */
import type { CourtReferralBody } from '../../../modules/linkage/linkage.schemas.ts';
import {
  formPathOfPointer,
  toRegisterBody,
  type CaseFormValues,
  type FieldPath,
} from '../cases/case-form.ts';

export interface CourtReferralFormValues extends Omit<CaseFormValues, 'channel' | 'petitionType'> {
  court?: string;
  courtCaseNumber?: string;
  referralKind?: CourtReferralBody['referralKind'];
}

/** The request body: the court's particulars, and the case as registered from the window, minus its channel. */
export function toCourtReferralBody(values: CourtReferralFormValues): CourtReferralBody {
  const { court, courtCaseNumber, referralKind, ...caseValues } = values;
  const { channel: _channel, petitionType: _petitionType, ...referred } = toRegisterBody(caseValues);
  return {
    court: court?.trim() ?? '',
    courtCaseNumber: courtCaseNumber?.trim() ?? '',
    referralKind: referralKind ?? 'pre_litigation',
    case: referred,
  };
}

/** The form field a pointer names: the court's fields by name, the case's as on the registration form. */
export function referralPathOfPointer(pointer: string | undefined): FieldPath | undefined {
  const path = (pointer ?? '').replace(/^#/, '');
  if (path === '/court' || path === '/courtCaseNumber' || path === '/referralKind') return [path.slice(1)];
  if (path.startsWith('/case/')) return formPathOfPointer(`#${path.slice('/case'.length)}`);
  return undefined;
}
