/**
 * The registration form's values and their mapping, both ways, to `POST /api/v1/cases`: the form's values
 * become the request body (amounts in yuan → fen, times in Asia/Shanghai → ISO 8601, empty fields left
 * out), and the server's error pointers (`#/parties/1/idNumber`) become form field paths, so each problem
 * shows against the field (or the parties' table cell) it names.
 */
import type { CaseFlag, Channel, PartyKind, PartyRole, PetitionType, Risk } from './case-options.ts';
import type { RegisterCaseBody } from './cases.api.ts';

/** One party row of the form (flat, so every input is one form field). */
export interface PartyFormValues {
  kind: PartyKind;
  role: PartyRole;
  name?: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  phone?: string;
  address?: string;
  agentName?: string;
  agentPhone?: string;
}

/** A position from the browser (WGS 84). */
export interface Position {
  lat: number;
  lng: number;
  /** Metres, as the browser estimates it. */
  accuracy?: number;
}

/** A picked date-time (a Dayjs from the DatePicker, kept structural so this module stays pure). */
export interface WallClock {
  format(template: string): string;
}

export interface CaseFormValues {
  channel?: Channel;
  /** Cascader path: first level, then second level. */
  category?: string[];
  petitionType?: PetitionType;
  subject?: string;
  description?: string;
  occurredAt?: WallClock | null;
  gridId?: string;
  position?: Position | null;
  address?: string;
  peopleInvolved?: number | null;
  amountYuan?: number | null;
  risk?: Risk;
  flags?: CaseFlag[];
  parties?: PartyFormValues[];
}

/** A form field path (AntD `NamePath`). */
export type FieldPath = (string | number)[];

/** The wall-clock time shown in the picker, read as Beijing time (UTC+8 all year, DESIGN.md §6). */
export function shanghaiIso(value: WallClock): string {
  return `${value.format('YYYY-MM-DDTHH:mm:ss')}+08:00`;
}

/** Yuan (up to 2 decimals) to integer fen without floating-point drift (19.99 → 1999). */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

const text = (value: string | undefined | null) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** Leaves out the keys whose value is undefined, so the body carries only what was filled in. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function toParty(party: PartyFormValues): RegisterCaseBody['parties'][number] {
  const isPerson = party.kind === 'person';
  const agentName = text(party.agentName);
  return compact({
    kind: party.kind,
    role: party.role,
    name: text(party.name) ?? '',
    idNumber: isPerson ? text(party.idNumber) : undefined,
    creditCode: isPerson ? undefined : text(party.creditCode),
    legalRepresentative: isPerson ? undefined : text(party.legalRepresentative),
    phone: text(party.phone),
    address: text(party.address),
    agent: agentName ? compact({ name: agentName, phone: text(party.agentPhone) }) : undefined,
  });
}

/** The request body for the form's values; the petition type goes only with the petition channel. */
export function toRegisterBody(values: CaseFormValues): RegisterCaseBody {
  const channel = values.channel ?? 'walk_in';
  const flags = values.flags ?? [];
  return compact({
    channel,
    category: values.category?.at(-1) ?? '',
    petitionType: channel === 'petition' ? values.petitionType : undefined,
    subject: text(values.subject) ?? '',
    description: text(values.description) ?? '',
    occurredAt: values.occurredAt ? shanghaiIso(values.occurredAt) : undefined,
    gridId: values.gridId || undefined,
    address: text(values.address),
    lat: values.position?.lat,
    lng: values.position?.lng,
    peopleInvolved: values.peopleInvolved ?? undefined,
    amountFen:
      values.amountYuan === null || values.amountYuan === undefined
        ? undefined
        : yuanToFen(values.amountYuan),
    risk: values.risk,
    flags: flags.length > 0 ? flags : undefined,
    parties: (values.parties ?? []).map(toParty),
  });
}

const TOP_FIELDS: ReadonlySet<string> = new Set([
  'channel',
  'category',
  'petitionType',
  'subject',
  'description',
  'occurredAt',
  'gridId',
  'address',
  'peopleInvolved',
  'risk',
  'flags',
]);
const PARTY_FIELDS: ReadonlySet<string> = new Set([
  'kind',
  'role',
  'name',
  'idNumber',
  'creditCode',
  'legalRepresentative',
  'phone',
  'address',
]);

/**
 * The form field a server error pointer names: `#/subject` → `['subject']`, `#/amountFen` →
 * `['amountYuan']`, `#/lat` → `['position']`, `#/parties/1/idNumber` → `['parties', 1, 'idNumber']`,
 * `#/parties/0/agent/phone` → `['parties', 0, 'agentPhone']`. Undefined when the form has no such field.
 */
export function formPathOfPointer(pointer: string | undefined): FieldPath | undefined {
  const segments = (pointer ?? '').replace(/^#/, '').split('/').filter(Boolean);
  const [head, index, field, sub] = segments;
  if (head === undefined) return undefined;
  if (head === 'parties') {
    const row = Number(index);
    if (!Number.isInteger(row) || field === undefined) return undefined;
    if (field === 'agent') return ['parties', row, sub === 'phone' ? 'agentPhone' : 'agentName'];
    return PARTY_FIELDS.has(field) ? ['parties', row, field] : undefined;
  }
  if (segments.length > 2) return undefined;
  if (head === 'amountFen') return ['amountYuan'];
  if (head === 'lat' || head === 'lng') return ['position'];
  if (head === 'flags') return ['flags'];
  return segments.length === 1 && TOP_FIELDS.has(head) ? [head] : undefined;
}
