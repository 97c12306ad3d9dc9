// Which messages are replies. The request itself (outgoing, or an e-mail that reads as one),
// acknowledgements ("we have received your request", "we need more time") and automatic replies
// are kept apart: they are correspondence, never coverage. A message with a document attached, or
// that says its response is below or attached, is a reply even if it also thanks for the request.
import type { Message, MessageKind } from './types';

const AUTO_SUBJECT = /^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|autoreply)\b/i;
const ACK = [
  /\b(?:we|I|the council) (?:have|has) (?:now )?received your (?:request|e-?mail|information request)/i,
  /\backnowledge (?:receipt of )?your (?:request|e-?mail)/i,
  /\bthis (?:e-?mail|message|letter) (?:is to )?(?:confirms?|acknowledges?) (?:that )?(?:we have received|receipt)/i,
  /\bwe (?:will|shall|aim to) (?:respond|reply|send (?:you )?(?:a|our) response)\b.{0,80}\b(?:within|by|no later than)\b/i,
  /\b(?:we need|require) (?:more|additional|further) time\b/i,
  /\bextend(?:ed|ing)? the (?:time|deadline|time limit)\b/i,
  /\b(?:your request )?(?:has been|is being) (?:logged|passed to|forwarded to)\b/i,
];
const RESPONSE_HERE = /\b(?:please find (?:attached|enclosed|below)|(?:our|the council'?s?) response (?:is |to your request is )?(?:below|attached|enclosed|as follows)|(?:is|are) (?:attached|enclosed)|(?:answers?|responses?|information) (?:is |are )?(?:provided )?below|in response to your request|response to your (?:freedom of information )?request)/i;
const REQUEST = /\b(?:I (?:would like|wish|am writing) to (?:request|make a request|ask)|please (?:provide|send|supply) (?:me )?(?:with )?(?:the following|copies|information|details)|under the Freedom of Information Act\b[^.]{0,80}\b(?:please|I request|I would like))/i;

/** How a message is kept: as a reply, or as correspondence of one of the other kinds. */
export function judgeMessage(m: Message, hasDocument: boolean, markerCount: number): MessageKind {
  if (m.direction === 'outgoing') return 'request';
  if (m.autoReplyHeader || AUTO_SUBJECT.test(m.subject ?? '')) return hasDocument ? 'reply' : 'auto-reply';
  if (hasDocument || m.standalone) return 'reply';
  const body = m.body;
  const head = body.slice(0, 3000);
  const replySubject = /^\s*(?:re|aw|sv)\s*:/i.test(m.subject ?? '');
  if (!replySubject && /^\s*dear\b/i.test(head.trimStart().slice(0, 200)) && REQUEST.test(head) && !/thank you for your (?:request|e-?mail)/i.test(head)) return 'request';
  if (body.length < 4000 && markerCount < 3 && !RESPONSE_HERE.test(body) && ACK.some((re) => re.test(body))) return 'acknowledgement';
  return 'reply';
}
