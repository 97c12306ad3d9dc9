// Help texts: one per command and a global one with the exit codes.
import { DEFAULT_MIN_CONFIDENCE } from '../core/calibration';

export const EXIT_CODES_HELP = `Exit codes:
  0  success
  1  errors found: \`check\` found errors, \`autotag\` left a sidecar untouched because it cannot
     be used, \`report\`/\`export\` met a sidecar that cannot be read (they still print what
     they can; export --allow-errors exits 0), \`import\` could not read some sources (the rest
     was imported), or \`agreement\` could not read a sidecar
  2  usage error (unknown command or option, missing argument, --out onto a workspace file)
  3  I/O error (the folder or the output cannot be read or written)`;

export const GLOBAL_HELP = `foi-coder — code Freedom of Information replies into a dataset

Usage: foi-coder <command> [options]

Commands:
  report [dir] [--json] [--html f]          coverage per council: coded/asked, counts, missing ids
  suggest <reply> [--questionnaire f] [--json]
                                            the engine's proposed answers for one reply
  autotag [dir] [--write]                   fill uncoded questions from suggestions (coder: auto)
  check [dir] [--all]                       validate the questionnaire, sidecars and quotes
  export [dir] --format csv|tidy-csv|json|xlsx|qdpx [--out f] [--allow-errors]
                                            the coded answers for analysis
  agreement <dirA> <dirB> [--json]         inter-coder agreement between two coders' folders
  init [dir] --from-request <file> [--force]
                                            create foi-questionnaire.yaml from a request's text
  import <source>... [--into dir] [--councils f] [--json] [--dry-run]
                                            replies from a WhatDoTheyKnow zip, e-mails, PDF/Word files

Options:
  -h, --help      help (also after a command: foi-coder report --help)
  -v, --version   print the version

[dir] defaults to the current folder. Replies are *.reply.txt files anywhere and any .txt
below a folder named "replies"; each reply's coding is in <reply>.answers.yaml beside it;
the questionnaire is foi-questionnaire.yaml at the top of [dir] (--questionnaire f to move it).
Problems are printed as file:line:col: severity: message. No colours unless the output is a
terminal and NO_COLOR is unset; control characters in names and values are shown escaped.
A file that exists but cannot be used (binary or not UTF-8, does not parse, a folder or FIFO,
unreadable, a link out of the workspace) is an error naming it, never "uncoded", and is never
written. Symbolic links are followed when they stay inside [dir], refused otherwise.

${EXIT_CODES_HELP}
`;

export const COMMAND_HELP: Record<string, string> = {
  report: `Usage: foi-coder report [dir] [--questionnaire f] [--json] [--html file]

Coverage of every council in [dir]: questions coded of those asked, percent, how many of each
status, and the ids still missing. Routing (when:) and variants (omit:) make questions
not-required; several reply files of one council count together, the later one winning.
A council whose sidecar cannot be read is shown as unreadable (with file:line:col), not as
uncoded; --json gives it "unreadable": [{file, line, column, message}]. Exit 1 then.

  --questionnaire f  questionnaire file (default: foi-questionnaire.yaml in [dir])
  --json             print the coverage as one JSON object (each council with its check findings)
  --html file        also write the coverage dashboard to file: one self-contained HTML page
                     (heatmap, checks, status bars, value distributions) that needs no network

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
person or an earlier run) are never changed: each sidecar is read again just before it is
written and only answers still absent then are added; those a person saved meanwhile are
counted as skipped. Without --write it only prints what it would do. A sidecar that does not
parse or cannot be used (binary, read-only, a FIFO, a link out of [dir]…) is left byte-for-byte
unchanged and its problem printed. Replies that are not analysed (binary) are named.

  --write             write the sidecars (comments and untouched entries are kept)
  --min-confidence n  only suggestions at or above this confidence (0..1, default ${DEFAULT_MIN_CONFIDENCE})
  --questionnaire f   questionnaire file (default: foi-questionnaire.yaml in [dir])

${EXIT_CODES_HELP}
`,
  check: `Usage: foi-coder check [dir] [--questionnaire f]

Validates the questionnaire and every sidecar, and reports quotes that can no longer be found
in their reply (stale), answers to ids the questionnaire does not know, variants it does not
define, and values that do not fit the question's type. One line per problem:
file:line:col: severity: message [code]. Also routing cycles, sidecars that cannot be used and
files not read (links out of [dir], FIFOs). At most 20 problems per file are printed, errors
first; the rest are counted. Exits 1 when there is at least one error.

  --all  print every problem

${EXIT_CODES_HELP}
`,
  export: `Usage: foi-coder export [dir] --format csv|tidy-csv|json|xlsx|qdpx [--out f] [--no-bom]

  csv       a row per council; per question a column <id> (the value, else the state, a refusal
            as refused:s12) and <id>_status (answered, not-held, …, missing, not-required)
  tidy-csv  a row per council and question: council, question, status, exemption, value, unit,
            quote, line, coder, file, note
  json      the whole coverage model, with earlier answers as history
  xlsx      an Excel workbook (needs --out): sheets Answers (a row per council: per question the
            value, its unit and the state), Tidy (a row per council and question), Coverage and
            Questionnaire; numbers are numeric cells, headers frozen and filtered, and text is
            always text (a cell starting with = + - @ is never a formula; no ' is added)
  qdpx      a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA (needs --out): the replies as
            sources, a code per question with a child per status (refusals by exemption), each
            quote a coded selection, a case per council with the coded values as variables,
            the coders as users

CSV is RFC 4180, UTF-8 with a byte-order mark so spreadsheets read £ correctly (--no-bom to
leave it out). Any cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start,
also after invisible or space characters, and their full-width and small look-alikes) gets a
leading ' ; plain numbers such as -12 stay numbers. Questions of a council whose sidecar cannot
be read are exported as "unreadable"; the export is still written, and the exit code is 1.

  --format f      csv, tidy-csv, json, xlsx or qdpx (default tidy-csv)
  --out f         write to a file instead of standard output (atomically; never onto a reply,
                  sidecar or the questionnaire)
  --allow-errors  exit 0 even when some sidecars cannot be read

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
  import: `Usage: foi-coder import <source>... [--into dir] [--councils names.csv] [--json] [--dry-run]

Turns replies as they arrive into reply texts in [dir]/replies: a WhatDoTheyKnow batch zip (or
its unpacked folder, or one request's correspondence), e-mails (.eml, .msg, .mbox) and documents
(PDF, Word .docx, .xlsx, .csv, .html, .txt in any encoding).

  replies/<council>.txt                 the council's first reply: the message, then each
                                        attachment's text under "=== <file> · page <n> ==="
  replies/<council>.<date>.internal-review.txt   (or .reply.txt) a later reply message
  replies/<council>.answers.yaml        a new sidecar naming the council (never rewritten)
  correspondence/<council>/<date>.<kind>.txt     the request, acknowledgements, auto-replies
  replies/.foi-import.json              provenance: sources and sha256, date, sender,
                                        attachments and where each page starts

The council comes from the WhatDoTheyKnow folder or dashboard.csv, the sender, or the letterhead;
--councils names.csv maps a file name or an e-mail domain to a council for the rest
("halton.gov.uk,Halton Borough Council"). Importing the same sources again changes nothing; a
reply that has codings is never overwritten (the new text goes to <reply>.new). Unsafe archive
entries, links, zip bombs, encrypted or corrupt files each get a message; the rest is imported.

  --into dir          the workspace (default: the current folder; created if missing)
  --councils f        CSV of "<file name or e-mail domain>,<council>" rows
  --json              print one object: {"imported": [{"council", "reply", "sources"}],
                       "skipped": [{"source", "reason"}], "errors": [{"source", "message"}]}
  --dry-run           say what would be written, write nothing

Exit codes: 0 everything that could be imported was; 1 some sources failed (the rest was
imported); 2 usage error; 3 the workspace cannot be created or written.
`,
};
