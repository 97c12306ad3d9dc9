// The fictional community libraries survey the layout tests (lead-layouts6/7) read replies against:
// numbers, yes/no, a percentage, headings with routed parts, a choice with "Both", money, a
// duration and text.
import { scanMarkersWith } from '../../src/core/markers';
import type { Questionnaire } from '../../src/core/types';
export const LIBRARIES_YAML = `
version: 1
questions:
  - id: Q1
    text: How many libraries does the council run?
    type: number
  - id: Q2a
    text: Does the council run a home delivery service?
    type: yes-no
  - id: Q2b
    text: What share of members use it, as a percentage?
    type: percent
  - id: Q2c
    text: How many volunteers deliver it?
    type: number
  - id: Q3
    text: Does the council use self-service kiosks?
    type: yes-no
  - id: Q4
    text: "If the council uses kiosks:"
    heading: true
  - id: Q4a
    text: In what year were the kiosks installed?
    type: year
  - id: Q4b
    text: What did the kiosks cost?
    type: money
  - id: Q5
    text: "If the council does not use kiosks:"
    heading: true
  - id: Q5a
    text: Have kiosks ever been considered?
    type: yes-no
  - id: Q5b
    text: Why were they not installed?
    type: text
  - id: Q6
    text: Are the libraries mainly used by Adults or Children?
    type: choice
    choices: [Adults, Children, Both]
  - id: Q7
    text: What services do the libraries provide?
    type: text
  - id: Q8
    text: What was the staff cost of the library service in 2023/24?
    type: money
  - id: Q9
    text: What was the average time, in working days, between a reservation being made and the book arriving?
    type: duration
  - id: Q10
    text: How many of these are mobile libraries?
    type: number
  - id: Q11
    text: Does the council publish a list of library opening hours?
    type: yes-no
  - id: Q12
    text: In what year was the list last revised?
    type: year
  - id: Q13
    text: Where are the council's libraries located?
    type: text
`;

/** Each marker the scanner finds, as `line:ids` (1-based line), against the questionnaire's ids. */
export const markerLines = (reply: string, q: Questionnaire): string[] => scanMarkersWith(reply, { knownIds: q.questions.map((x) => x.id) }).map((m) => `${m.line + 1}:${m.ids.join('+')}`);
