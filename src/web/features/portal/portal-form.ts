/**
 * The portal's guided submission form: its values, the steps that hold each field, the request body built
 * from them, and the server's error pointers (`#/parties/0/idNumber`) turned back into form fields, so a
 * problem shows on the field (and the step) it concerns.
 */
import type { PortalCaseBody } from './portal.api.ts';

export interface PortalFormValues {
  topCategory?: string;
  category?: string;
  subject?: string;
  description?: string;
  gridId?: string;
  lat?: number;
  lng?: number;
  address?: string;
  other?: { kind?: 'person' | 'organisation'; name?: string; phone?: string; address?: string };
  applicant?: { name?: string; phone?: string; idNumber?: string };
}

export type PortalFieldPath = (string | number)[];

/** The fields of each step, in order: 什么事 · 在哪里 · 和谁 · 您的信息. */
export const PORTAL_STEP_FIELDS: PortalFieldPath[][] = [
  [['topCategory'], ['category'], ['subject'], ['description']],
  [['gridId'], ['address']],
  [
    ['other', 'kind'],
    ['other', 'name'],
    ['other', 'phone'],
    ['other', 'address'],
  ],
  [
    ['applicant', 'name'],
    ['applicant', 'phone'],
    ['applicant', 'idNumber'],
  ],
];

const text = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** The request body of `POST /api/v1/portal/cases`: parties[0] is the applicant, parties[1] the other side. */
export function portalCaseBody(values: PortalFormValues): PortalCaseBody {
  const other = values.other ?? {};
  const applicant = values.applicant ?? {};
  return {
    category: values.category ?? values.topCategory ?? '',
    subject: text(values.subject) ?? '',
    description: text(values.description) ?? '',
    gridId: values.gridId,
    // The phone's position, kept only while the grid it found is still the chosen one.
    lat: values.lat,
    lng: values.lng,
    address: text(values.address),
    parties: [
      {
        kind: 'person',
        role: 'applicant',
        name: text(applicant.name) ?? '',
        phone: text(applicant.phone),
        idNumber: text(applicant.idNumber),
      },
      {
        kind: other.kind ?? 'person',
        role: 'respondent',
        name: text(other.name) ?? '',
        phone: text(other.phone),
        address: text(other.address),
      },
    ],
  };
}

/**
 * The form field a server pointer names: `#/parties/0/idNumber` → `['applicant', 'idNumber']`,
 * `#/parties/1/name` → `['other', 'name']`, `#/category` → `['topCategory']`; undefined for others.
 */
export function portalFieldOfPointer(pointer: string | undefined): PortalFieldPath | undefined {
  const segments = (pointer ?? '').replace(/^#/, '').split('/').filter(Boolean);
  const [first, index, field] = segments;
  if (first === 'parties') {
    const group = index === '0' ? 'applicant' : index === '1' ? 'other' : undefined;
    return group && field ? [group, field] : undefined;
  }
  if (first === 'category') return ['topCategory'];
  if (first === 'lat' || first === 'lng') return ['gridId'];
  const known = PORTAL_STEP_FIELDS.flat().find((path) => path.length === 1 && path[0] === first);
  return known;
}

/** The step holding a field, or -1. */
export function stepOfField(path: PortalFieldPath): number {
  return PORTAL_STEP_FIELDS.findIndex((fields) => fields.some((f) => f.join('.') === path.join('.')));
}
