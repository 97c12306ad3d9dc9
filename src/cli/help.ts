// Help texts: one per command and a global one with the exit codes.
import { DEFAULT_MIN_CONFIDENCE } from '../core/calibration';

export const EXIT_CODES_HELP = `Exit codes:
  0  success
  1  errors found: \`check\` found errors, or \`autotag\` left a broken sidecar untouched
  2  usage error (unknown command or option, missing argument)
  3  I/O or input error (a file or folder cannot be read or written, a file cannot be used)`;

export const GLOBAL_HELP = `foi-coder — code Freedom of Information replies into a dataset

Usage: foi-coder <command> [options]

Commands:
  report [dir] [--json]                     coverage per council: coded/asked, counts, missing ids
  suggest <reply> [--questionnaire f] [--json]
                                            the engine's proposed answers for one reply
  autotag [dir] [--write]                   fill uncoded questions from suggestions (coder: auto)
  check [dir]                               validate the questionnaire, sidecars and quotes
  export [dir] --format csv|tidy-csv|json [--out f]
                                            the coded answers for analysis
  agreement <dirA> <dirB> [--json]         inter-coder agreement between two coders' folders
  init [dir] --from-request <file> [--force]
                                            create foi-questionnaire.yaml from a request's text

Options:
  -h, --help      help (also after a command: foi-coder report --help)
  -v, --version   print the version

[dir] defaults to the current folder. Replies are *.reply.txt files anywhere and any .txt
below a folder named "replies"; each reply's coding is in <reply>.answers.yaml beside it;
the questionnaire is foi-questionnaire.yaml at the top of [dir] (--questionnaire f to move it).
Problems are printed as file:line:col: severity: message. No colours unless the output is a
terminal and NO_COLOR is unset.

${EXIT_CODES_HELP}
`;

export const COMMAND_HELP: Record<string, string> = {
  report: `Usage: foi-coder report [dir] [--questionnaire f] [--json]

Coverage of every council in [dir]: questions coded of those asked, percent, how many of each
status, and the ids still missing. Routing (when:) and variants (omit:) make questions
not-required; several reply files of one council count together, the later one winning.

  --questionnaire f  questionnaire file (default: foi-questionnaire.yaml in [dir])
  --json             print the coverage as one JSON object

${EXIT_CODES_HELP}
`,
  suggest: `Usage: foi-coder suggest <reply> [--questionnaire f] [--json]

The engine's proposed answer for each question found in one reply: status, exemption, value,
unit, the line and UTF-16 offsets of the answer text, and a confidence.

  --questionnaire f  questionnaire file (default: foi-questionnaire.yaml in the reply's folder
                     or the nearest folder above it)
  --json             print exactly one object:
                     {"reply", "council", "answers": [{"id", "status", "exemption", "value",
                      "unit", "line", "start", "end", "text", "confidence"}]}

${EXIT_CODES_HELP}
`,
  autotag: `Usage: foi-coder autotag [dir] [--write] [--min-confidence n] [--questionnaire f]

Codes questions that have no answer in their sidecar yet from the engine's suggestions,
marking them "coder: auto" with a quote of the answer text. Questions already coded (by a
person or an earlier run) are never changed. Without --write it only prints what it would do.
A sidecar that does not parse is left byte-for-byte unchanged and its problem printed.

  --write             write the sidecars (comments and untouched entries are kept)
  --min-confidence n  only suggestions at or above this confidence (0..1, default ${DEFAULT_MIN_CONFIDENCE})
  --questionnaire f   questionnaire file (default: foi-questionnaire.yaml in [dir])

${EXIT_CODES_HELP}
`,
  check: `Usage: foi-coder check [dir] [--questionnaire f]

Validates the questionnaire and every sidecar, and reports quotes that can no longer be found
in their reply (stale), answers to ids the questionnaire does not know, variants it does not
define, and values that do not fit the question's type. One line per problem:
file:line:col: severity: message [code]. Exits 1 when there is at least one error.

${EXIT_CODES_HELP}
`,
  export: `Usage: foi-coder export [dir] --format csv|tidy-csv|json [--out f] [--no-bom]

  csv       a row per council; per question a column <id> (the value, else the state, a refusal
            as refused:s12) and <id>_status (answered, not-held, …, missing, not-required)
  tidy-csv  a row per council and question: council, question, status, exemption, value, unit,
            quote, line, coder, file, note
  json      the whole coverage model, with earlier answers as history

CSV is RFC 4180, UTF-8 with a byte-order mark so spreadsheets read £ correctly (--no-bom to
leave it out). Any cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start)
gets a leading ' ; plain numbers such as -12 stay numbers.

  --format f  csv, tidy-csv or json (default tidy-csv)
  --out f     write to a file instead of standard output

${EXIT_CODES_HELP}
`,
  agreement: `Usage: foi-coder agreement <workspaceA> <workspaceB> [--json] [--questionnaire f]

Compares two coders' copies of the same replies (e.g. two git worktrees or clones) answer by
answer. An item is a reply (path relative to its folder) and question id coded in both folders,
auto-coded answers included; its category is the status, a refusal with its exemption
("refused s12"). Values and quotes are shown but not compared. Prints, overall (pooled over all
items) and per question: items, observed agreement, Cohen's kappa and Krippendorff's alpha
(nominal); a figure that is undefined (one category throughout) is shown as — (null in JSON).
Then every disagreement with both codings and quotes. Exits 1 when a sidecar in either folder
cannot be read (it is named; its answers are not compared).

  --questionnaire f  questionnaire file for the question order (default: in <workspaceA>)
  --json             print exactly one object:
                     {"a", "b", "overall": {"n", "observed", "kappa", "alpha"},
                      "questions": {"Q1": {"n", "observed", "kappa", "alpha"}, …},
                      "disagreements": [{"council", "reply", "id", "a": {…}, "b": {…}}],
                      "unpaired": {"a", "b"}, "unusable": [{"file", "line", "column", "message"}]}
                     where "a"/"b" of a disagreement are {"category", "status", "exemption",
                     "value", "unit", "quote", "coder"}

${EXIT_CODES_HELP}
`,
  init: `Usage: foi-coder init [dir] --from-request <file> [--force] [--title t]

Creates foi-questionnaire.yaml in [dir] from the text of a request (or a reply that quotes it):
ids, question text, headings, routing and code lists, and prints what it assumed. Refuses to
overwrite an existing questionnaire unless --force.

${EXIT_CODES_HELP}
`,
};
