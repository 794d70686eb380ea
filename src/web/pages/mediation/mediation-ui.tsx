/**
 * Small pieces the mediation screens share: tags for session, term and visit states, a problem shown
 * above a form, server field errors put on the form's fields, document downloads with their messages,
 * and parties named with their role.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Tag, type FormInstance } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isProblem } from '../../api/client.ts';
import { useCaseLabels } from '../../features/cases/case-tags.tsx';
import { caseQueryKey, type CaseParty } from '../../features/cases/cases.api.ts';
import { downloadDocument } from '../../features/mediation/download.ts';
import { mediationKey } from '../../features/mediation/mediation.api.ts';
import { useI18n, type I18n } from '../../i18n/i18n-context.tsx';
import { fieldErrorText, problemText } from '../../i18n/problem-text.ts';

const OUTCOME_COLORS: Record<string, string> = {
  agreed: 'success',
  partly_agreed: 'gold',
  failed: 'error',
};
const SESSION_STATUS_COLORS: Record<string, string> = {
  scheduled: 'processing',
  held: 'default',
  cancelled: 'default',
};
/** Colours of performance and visit results (履行情况). */
export const RESULT_COLORS: Record<string, string> = {
  pending: 'default',
  fulfilled: 'success',
  partly: 'gold',
  not_fulfilled: 'error',
};

/** A coded value as a coloured tag with its catalogue name (the code itself when unknown). */
export function CodeTag({
  prefix,
  code,
  colors,
}: {
  prefix: string;
  code: string | null | undefined;
  colors: Record<string, string>;
}) {
  const { tx } = useI18n();
  if (!code) return null;
  return (
    <Tag color={colors[code]} style={{ marginInlineEnd: 0 }}>
      {tx(`${prefix}.${code}`) ?? code}
    </Tag>
  );
}

export const SessionStatusTag = ({ status }: { status: string }) => (
  <CodeTag prefix="session.status" code={status} colors={SESSION_STATUS_COLORS} />
);
export const OutcomeTag = ({ outcome }: { outcome: string | null }) => (
  <CodeTag prefix="session.outcome" code={outcome} colors={OUTCOME_COLORS} />
);
export const TermStatusTag = ({ status }: { status: string | null }) => (
  <CodeTag prefix="term.status" code={status} colors={RESULT_COLORS} />
);

/** The text of any error: the problem's catalogue text, else the error itself. */
export function errorText(i18n: Pick<I18n, 'tx'>, error: unknown): string {
  return isProblem(error) ? problemText(i18n, error) : String(error);
}

/** An error above a form, unless every field error it carries is shown on a field. */
export function ProblemAlert({ error, shownOnFields = false }: { error: unknown; shownOnFields?: boolean }) {
  const i18n = useI18n();
  if (!error || shownOnFields) return null;
  return <Alert type="error" showIcon title={errorText(i18n, error)} style={{ marginBottom: 16 }} />;
}

/**
 * Puts the problem's field errors on the form fields their pointers name (through `pathOf`).
 * @returns whether every field error found its field (then the alert above the form is not needed).
 */
export function showFieldErrors(
  i18n: Pick<I18n, 'tx'>,
  form: FormInstance,
  error: unknown,
  pathOf: (pointer: string | undefined) => (string | number)[] | undefined,
): boolean {
  if (!isProblem(error) || error.errors.length === 0) return false;
  let placed = 0;
  for (const item of error.errors) {
    const path = pathOf(item.pointer);
    if (!path) continue;
    form.setFields([{ name: path, errors: [fieldErrorText(i18n, item)] }]);
    placed += 1;
  }
  return placed === error.errors.length;
}

/** The top-level field a pointer names (`#/place` → `['place']`), for flat forms. */
export const topField = (pointer: string | undefined): string[] | undefined => {
  const segments = (pointer ?? '').replace(/^#/, '').split('/').filter(Boolean);
  return segments.length > 0 ? [segments[0]!] : undefined;
};

/**
 * Downloads a generated document: `busy` names the one being fetched (for its button's spinner); a
 * refusal shows as a message.
 */
export function useDownload() {
  const i18n = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string>();
  const download = async (key: string, path: string, json?: unknown): Promise<boolean> => {
    setBusy(key);
    try {
      await downloadDocument(path, json);
      return true;
    } catch (error) {
      void message.error(errorText(i18n, error));
      return false;
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, download };
}

/** `申请人 张三`: a party with its role, to pick or to read. */
export function usePartyLabel() {
  const labels = useCaseLabels();
  return (party: Pick<CaseParty, 'role' | 'name'>) => `${labels.partyRole(party.role)} ${party.name}`;
}

/** Refreshes what a mediation change may have touched: the workspace and the case (status, timeline). */
export function useMediationRefresh(caseId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: mediationKey(caseId) });
    void queryClient.invalidateQueries({ queryKey: caseQueryKey(caseId) });
    // Voiding an agreement stops its judicial-confirmation clock.
    void queryClient.invalidateQueries({ queryKey: ['timers', caseId] });
  };
}

/**
 * Runs `init` (filling a form) each time `trigger` becomes a new truthy value: a modal opens, or opens on
 * another item. Not when the data it reads merely refetches, which would wipe what the user typed.
 */
export function useOnOpen(trigger: unknown, init: () => void): void {
  const latest = useRef(init);
  useLayoutEffect(() => {
    latest.current = init;
  });
  useEffect(() => {
    if (trigger) latest.current();
  }, [trigger]);
}
