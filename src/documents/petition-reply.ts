/**
 * 信访事项处理意见书 (答复意见书): the written reply to a petition (信访工作条例, 2022): the
 * petitioner, the request, the facts found, the handling opinion and its basis, and the right
 * to ask the administrative body at the next level up for a review (复查) within 30 days of
 * receiving the reply (条例 第三十五条), with the issuer's seal line and date.
 */
import type { FileChild } from 'docx';
import { chineseDate } from './chinese-dates.ts';
import { packDocument } from './document-styles.ts';
import {
  bodyText,
  bodyTexts,
  flushLine,
  heading,
  numberLine,
  plainText,
  sealBlock,
  titleLine,
} from './paragraphs.ts';
import { type OrganisationParticulars, type PersonParticulars, describeParticulars } from './parties.ts';

/** Everything a 信访事项处理意见书 shows, resolved by the caller. */
export interface PetitionReplyInput {
  /** The body that handled the petition and replies, e.g. "某某区某某街道办事处". */
  issuer: string;
  /** The reply's number, e.g. "某街信复〔2026〕3号". */
  number?: string;
  /** The petitioners (one or more). ID numbers are printed only when given. */
  petitioners: (PersonParticulars | OrganisationParticulars)[];
  /** The day the petition was received, `YYYY-MM-DD`. */
  receivedOn: string;
  /** How it came: "来访", "来信", "网上信访", "电话". */
  channel?: string;
  /** The day it was accepted (受理), `YYYY-MM-DD`. */
  acceptedOn?: string;
  /** 信访请求: what the petitioner asked for. */
  request: string;
  /** 调查核实情况: the facts found. */
  factsFound: string;
  /** 处理意见: the decision on the request. */
  opinion: string;
  /** The laws and policies the opinion rests on. */
  basis?: string;
  /** The administrative body at the next level up, which reviews (复查) on request. */
  reviewBody: string;
  /** The day of the reply, `YYYY-MM-DD`. */
  date: string;
}

function opening(input: PetitionReplyInput): string {
  const you = input.petitioners.length > 1 ? '你们' : '你';
  const channel = input.channel ? `以${input.channel}方式` : '';
  const accepted = input.acceptedOn
    ? `本机关已于${chineseDate(input.acceptedOn)}依法受理，`
    : '本机关依法受理后，';
  return `${you}于${chineseDate(input.receivedOn)}${channel}提出的信访事项收悉。${accepted}经调查核实，现将处理意见答复如下：`;
}

function reviewNotice(input: PetitionReplyInput): string {
  const you = input.petitioners.length > 1 ? '你们' : '你';
  return `如${you}对本处理意见不服，可以自收到本处理意见书之日起30日内，向${input.reviewBody}书面提出复查申请。`;
}

function sections(input: PetitionReplyInput): FileChild[] {
  return [
    heading('一、信访请求'),
    ...bodyTexts(input.request),
    heading('二、调查核实情况'),
    ...bodyTexts(input.factsFound),
    heading('三、处理意见'),
    ...bodyTexts(input.opinion),
    ...(input.basis ? [bodyText(`依据：${input.basis}`)] : []),
    heading('四、复查权利'),
    bodyText(reviewNotice(input)),
  ];
}

/**
 * Builds the 信访事项处理意见书 as a .docx. Throws a RangeError when there is no petitioner
 * or a date is malformed.
 */
export function petitionReply(input: PetitionReplyInput): Promise<Buffer> {
  if (input.petitioners.length === 0) throw new RangeError('a reply needs a petitioner');
  return packDocument({
    title: `信访事项处理意见书${input.number ? ` ${input.number}` : ''}`,
    children: [
      titleLine(input.issuer),
      titleLine('信访事项处理意见书'),
      ...(input.number ? [numberLine('编号', input.number)] : []),
      ...input.petitioners.map((p) => plainText(`信访人：${describeParticulars(p)}`)),
      flushLine(`${input.petitioners.map((p) => p.name).join('、')}：`, { before: 240 }),
      bodyText(opening(input)),
      ...sections(input),
      ...sealBlock([`${input.issuer}（印）`, chineseDate(input.date)]),
    ],
  });
}
