/**
 * The package that goes to the court with a failed mediation (诉调对接, issue 5): a zip with
 * the transfer letter (诉调对接案件移送函 .docx: case summary, parties with full particulars,
 * undisputed facts from the latest failed session record, the sessions and the list of
 * materials) and every original attachment, streamed from the file store. The letter holds
 * unmasked ID numbers, so building the package writes an audit row.
 */
import type { Readable } from 'node:stream';
import JSZip from 'jszip';
import { chineseDate, litigationSummary, type SessionOutcome } from '../../documents/index.ts';
import type { ServiceContext } from '../../lib/context.ts';
import { DomainError } from '../../lib/errors.ts';
import { localDate } from '../../lib/time.ts';
import { recordAudit } from '../audit/index.ts';
import { findCaseSummary, getCase, openAttachment, partiesForDocument } from '../cases/index.ts';
import { listSessions } from '../mediation/index.ts';
import { disputeTypeName, toDocumentParty } from '../cases/index.ts';
import { factsAsList, uniqueFileNames } from './linkage-rules.ts';
import * as q from './linkage.queries.ts';

/** The folder of the original files inside the zip. */
export const ATTACHMENT_FOLDER = '附件/';

export interface LitigationPackage {
  fileName: string;
  /** The zip, produced as it is read. */
  stream: Readable;
}

type CaseView = Awaited<ReturnType<typeof getCase>>;
type SessionView = Awaited<ReturnType<typeof listSessions>>[number];

/** Why mediation failed: the latest failed session's reason, else the failed outcome's note. */
function failureReason(caseView: CaseView, failed: SessionView | undefined): string | undefined {
  if (failed?.outcomeReason) return failed.outcomeReason;
  const event = [...caseView.events]
    .reverse()
    .find(
      (e) => e.type === 'record_outcome' && (e.data as { outcome?: string } | null)?.outcome === 'failure',
    );
  return event?.note ?? undefined;
}

async function latestCourtTransfer(ctx: ServiceContext, caseView: CaseView) {
  const transfers = await q.selectTransfersOfCase(ctx.db, caseView.id);
  const transfer = transfers.filter((t) => t.direction === 'to_court').at(-1);
  if (!transfer)
    throw new DomainError(
      'action-not-allowed',
      'Record the transfer to a court first (POST /api/v1/cases/:id/litigation-transfer)',
      { extensions: { currentStatus: caseView.status } },
    );
  return transfer;
}

/**
 * Builds the litigation package of the case's latest transfer to a court.
 * @throws NotFound outside scope; action-not-allowed (409) when the case was never
 * transferred to a court.
 */
export async function litigationPackage(ctx: ServiceContext, caseId: string): Promise<LitigationPackage> {
  const caseView = await getCase(ctx, caseId);
  const transfer = await latestCourtTransfer(ctx, caseView);
  const summary = (await findCaseSummary(ctx, caseId))!;
  const sessions = await listSessions(ctx, caseId);
  const failed = sessions.filter((s) => s.outcome === 'failed' && s.record).at(-1);
  const parties = await partiesForDocument(ctx, caseId);
  const letterName = `诉调对接案件移送函-${caseView.number}.docx`;
  const fileNames = uniqueFileNames(
    caseView.attachments.map((a) => a.fileName),
    [letterName],
  );
  const reason = failureReason(caseView, failed);
  const letter = await litigationSummary({
    sender: summary.currentOrgName,
    court: transfer.court,
    caseNumber: caseView.number,
    ...(transfer.courtCaseNumber ? { courtCaseNumber: transfer.courtCaseNumber } : {}),
    disputeType: disputeTypeName(caseView.category.nameZh),
    registeredOn: localDate(new Date(caseView.createdAt)),
    summary: caseView.description,
    parties: parties.map((p) => toDocumentParty(p)),
    ...(reason ? { failureReason: reason } : {}),
    undisputedFacts: factsAsList((failed?.record as { facts?: string } | null)?.facts),
    sessions: sessions.map((s) => ({
      startsAt: s.startsAt,
      place: s.isOnline ? '网上调解' : (s.place ?? ''),
      mediators: s.mediators.map((m) => m.name),
      ...(s.outcome ? { outcome: s.outcome as SessionOutcome } : {}),
    })),
    materials: [
      ...sessions
        .filter((s) => s.record)
        .map((s) => ({ name: `调解笔录（${chineseDate(s.startsAt)}）`, note: '平台调解记录' })),
      ...fileNames.map((name) => ({ name: `${ATTACHMENT_FOLDER}${name}`, note: '原件' })),
    ],
    date: localDate(ctx.clock.now()),
  });
  await recordAudit(ctx, {
    action: 'document.generate',
    targetType: 'case',
    targetId: caseId,
    detail: {
      kind: 'litigation_package',
      ref: transfer.id,
      unmaskedPersonalData: true,
      attachments: caseView.attachments.length,
    },
  });
  const date = ctx.clock.now();
  const zip = new JSZip();
  zip.file(letterName, letter, { date });
  for (const [i, attachment] of caseView.attachments.entries()) {
    const file = await openAttachment(ctx, caseId, attachment.id);
    zip.file(`${ATTACHMENT_FOLDER}${fileNames[i]}`, file.stream, { date, binary: true });
  }
  const stream = zip.generateNodeStream({
    type: 'nodebuffer',
    streamFiles: true,
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  }) as Readable;
  return { fileName: `诉调对接材料-${caseView.number}.zip`, stream };
}
