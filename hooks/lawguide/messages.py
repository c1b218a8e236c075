"""Every problem text the checks report, in one place: one wording per problem.

Checks used to build their messages inline, and the same problem drifted into
several wordings ("name the file <id>.yml" here, "name it <id>.yml" there; three
ways to say an article is not excerpted). Here each distinct problem has one
name and one template, used wherever that problem is found; a contributor who
sees a message can grep this file for its words and find every check that
reports it; and ``tests/test_messages.py`` renders every entry once, and fails
when a check writes a message of its own instead of using one from here.

A :class:`Message` says what is wrong (``text``) and, where there is one, how to
put it right (``fix``). The fix follows the text after "; " unless the text
places it itself with ``{fix}``. Both are :meth:`str.format` templates with
named fields (literal braces doubled); :meth:`Message.format` takes exactly
those fields, by name, and refuses a missing or unexpected one. The words that fill
a field (the schema's type names, the kinds of personal data) stay beside the code
that chooses them.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Message:
    """One problem's wording: what is wrong, and how to fix it."""

    text: str
    fix: str = ""
    fields: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = {name for part in (self.text, self.fix)
                 for _, name, _, _ in string.Formatter().parse(part) if name is not None}
        if "" in names:
            raise ValueError(f"unnamed field in message template {self.text!r}")
        object.__setattr__(self, "fields", frozenset(names - {"fix"}))

    def format(self, **values: object) -> str:
        if values.keys() != self.fields:
            missing = ", ".join(sorted(self.fields - values.keys())) or "none"
            extra = ", ".join(sorted(values.keys() - self.fields)) or "none"
            raise TypeError(f"message {self.text!r}: missing fields: {missing}; "
                            f"unexpected fields: {extra}")
        fix = self.fix.format(**values)
        if "{fix}" in self.text:
            return self.text.format(fix=fix, **values)
        return self.text.format(**values) + (f"; {fix}" if fix else "")


# Reading files (files, yamlsafe, pages) ------------------------------------------------

SYMLINK = Message("is a symbolic link; links are not followed here (they could publish files "
                  "of the machine that builds the site): {fix}", fix="commit the file itself")
SPECIAL_FILE = Message("is not a regular file (a device, pipe or socket)", fix="delete it")
FOLDER_EXPECTED = Message("must be a folder, not a link or a file")
SUB_FOLDER = Message("sub-folders of {folder}/ are not read",
                     fix="move the files into {folder}/ itself")
WRONG_SUFFIX = Message("is never read: content files end in {suffix}",
                       fix="rename it to {stem}{suffix}")
NOT_CONTENT_FILE = Message("is not a content file: {folder}/ holds only <id>{suffix} files",
                           fix="move or delete it")
OUTSIDE_PROJECT = Message("lies outside the project (through a link in its path)",
                          fix="keep content inside the repository")
FOLDER_NOT_FILE = Message("is a folder, not a file")
NO_SUCH_FILE = Message("does not exist")
UNREADABLE_FILE = Message("cannot be read ({reason})", fix="replace it with a regular file")
FILE_TOO_BIG = Message("file is {size:,} bytes, more than the {limit:,} allowed ({fix})",
                       fix="split it or shorten the texts")
NOT_A_PAGE = Message("only pages (.md) belong in docs/; the site's own static files live in "
                     "{assets}/assets/ ({fix})", fix="delete it, or move it there with a review")
BYTE_ORDER_MARK = Message("file starts with a byte-order mark (BOM)",
                          fix="save it as UTF-8 without BOM")
NOT_UTF8 = Message("file is not valid UTF-8 (byte 0x{byte:02x})", fix="save it as UTF-8")
CR_LINE_ENDING = Message("Windows (CRLF) or CR line ending",
                         fix="save the file with LF (Unix) line endings")
TAB = Message("tab character", fix="indent with spaces and write tabs in text as spaces")
LINE_SEPARATOR = Message("invisible line separator U+{code:04X}: YAML reads it as a line break "
                         "although editors show none", fix="delete it")
CONTROL_CHARACTER = Message("invisible control character U+{code:04X}",
                            fix="delete it (it often comes from copying out of a PDF or a chat "
                                "app)")
FRONT_MATTER_OPEN = Message("front matter is not closed",
                            fix="end it with a line holding only ---")

# YAML (yamlsafe) -------------------------------------------------------------------------

NOT_YAML = Message("not valid YAML: {detail} ({fix})",
                   fix="check indentation and colons on this line; text that contains "
                       ": , ? # {{ }} [ ] must be in quotes")
UNCLOSED = Message("{context}, {detail} (on line {line})")  # the detail of NOT_YAML
ANCHOR = Message("YAML anchors and aliases (& and *) are not allowed",
                 fix="write the value out in full")
TAG = Message("YAML tags ({tag}) are not allowed",
              fix="delete the tag and write the value as plain text")
TOO_DEEP = Message("nested more than {depth} levels deep")
KEY_NOT_TEXT = Message("a key must be plain text")
MERGE_KEY = Message("YAML merge keys (<<) are not allowed", fix="write the keys out in full")
DUPLICATE_KEY = Message("duplicate key", fix="keep only one")
UNREADABLE_VALUE = Message("unreadable value: {detail}")
ESCAPED_CONTROL = Message("contains the control character U+{code:04X} (written as an escape "
                          "such as \\x07 or \\u2028 in quotes)", fix="delete it")
NOT_A_MAPPING = Message("expected a {kind} (key: value pairs), found something else",
                        fix="start from the template in docs/dev")

# The schema (schema) ---------------------------------------------------------------------

MISSING_KEY = Message("missing ({fix})", fix="add '{key}:' here")
MISSING_ENGLISH = Message("missing English text ({fix})", fix="add an 'en:' line beside 'zh:'")
MISSING_CHINESE = Message("missing Chinese text ({fix})", fix="add a 'zh:' line beside 'en:'")
UNKNOWN_KEY = Message("unknown key (allowed here: {allowed})")
WRONG_TYPE = Message("expected {expected}, got {found}")
NOT_ALLOWED = Message("{value!r} is not allowed (use one of: {allowed})")
MUST_BE = Message("must be {value}")
MUST_BE_EXPLAINED = Message("must be {value}: {fix}", fix="{hint}")
WRONG_FORM = Message("{value!r} has the wrong form")
WRONG_FORM_EXPLAINED = Message("{value!r} has the wrong form: {fix}", fix="{hint}")
WRONG_FORM_EXAMPLE = Message("{value!r} has the wrong form ({fix})", fix="for example {example!r}")
EMPTY_LIST = Message("is an empty list", fix="add at least one entry")
EMPTY_TEXT = Message("is empty", fix="write the text")
TOO_SHORT = Message("is too short (at least {limit} characters)")
TOO_LONG = Message("is {length:,} characters long, more than the {limit:,} allowed")
TOO_MANY_ENTRIES = Message("has {count} entries, more than the {limit} allowed")
SAME_ENTRY_TWICE = Message("lists the same entry twice", fix="remove the duplicate")

# Contributed text (untrusted, anonymise, rules.contributed_text) ------------------------

INVISIBLE_CHARACTER = Message("contains an invisible character (U+{code:04X} {name}) that can "
                              "hide or reorder text", fix="delete it")
DEEP_QUOTES = Message("nests quotes (lines starting with >) more than {limit} deep",
                      fix="quote with one >")
TOO_MANY_BRACKETS = Message("has {count:,} square brackets, more than the {limit:,} allowed",
                            fix="write fewer links or split the text")
HTML_COMMENT = Message("contains an HTML comment ({quote}): hidden text is not allowed in "
                       "contributed text", fix="delete it")
SCRIPT = Message("contains a <script> tag ({quote}): a script would run in readers' browsers",
                 fix="delete it")
EVENT_HANDLER = Message("contains an HTML tag with an event handler ({handler}= in {quote}), "
                        "which would run script in readers' browsers",
                        fix="delete the tag or attribute list")
EMBED = Message("contains an <{tag}> tag ({quote}): pages from other sites cannot be embedded",
                fix="link to them instead, e.g. [the court's notice](https://...)")
STYLING = Message("contains styling ({quote}): contributed text must not carry HTML or CSS",
                  fix="delete it and use Markdown (**bold**, *italic*)")
IMAGE = Message("contains an image (![...](...), an <img> tag or an emoji shortcode such as "
                ":smile:): images are not allowed in contributed text (they load from other "
                "sites and may show personal data)", fix="describe it in words")
EMOJI = Message("contains an emoji shortcode (:name:) or an inline SVG, which the site would "
                "show as an image", fix="write the word instead")
ABBREVIATION = Message("contains an abbreviation definition ({quote}): it sets hover text on "
                       "the page", fix="delete it (the glossary explains terms)")
BLOCK_MARKUP = Message("contains a notice box or block markup (a line starting with !!! or ???, "
                       "or markdown in HTML): notices on this site come only from its templates",
                       fix="write the text as plain paragraphs")
HEADING = Message("contains a heading (<{tag}>, from a line starting with # or underlined with "
                  "=== or ---): the page's template makes the headings",
                  fix="use **bold** for a lead-in")
CHECKBOX = Message("contains a task-list checkbox ([ ] or [x] at the start of a list item)",
                   fix="write the item without the brackets")
LINK_TITLE = Message("contains a link title ([text](https://... \"title\")): titles become "
                     "hover text", fix="delete the quoted title and keep [text](https://...)")
ATTRIBUTE_LIST = Message("contains an attribute list ({quote}): it would set HTML attributes "
                         "({names}) on the page", fix="delete it")
RAW_HTML = Message("contains raw HTML ({quote}), which is not allowed in contributed text",
                   fix="use Markdown instead (**bold**, *italic*, [link](https://...)); for a "
                       "less-than sign put a space after it (a < b)")
OTHER_MARKUP = Message("contains markup that the site's HTML sanitiser would change ({removed})",
                       fix="write it as plain Markdown text")
UNSAFE_LINK = Message("contains an unsafe link \"{url}\": {why}",
                      fix="link only to http:// or https:// addresses, or to pages of this site")
# Why a link is unsafe (the ``why`` of UNSAFE_LINK).
SCRIPT_LINK = Message("a {scheme}: link would run script when a reader clicks it")
DATA_LINK = Message("a data: URL can carry a whole page or script inside the link")
OTHER_SCHEME = Message("{scheme}: links are not allowed")
PERSONAL_DATA = Message("contains {what} (in \"{where}\"); published pages must not identify "
                        "anyone: {fix}", fix="delete it, or write it masked as {masked}")
TODO_LEFT = Message("not written yet: {fix}", fix="replace the TODO placeholder with your text")
MORE_IN_FIELD = Message("{count} more problem(s) like these in this field",
                        fix="fix the ones above and validate again")

# Rules across files (checks, loader) ----------------------------------------------------

RESERVED_ID = Message("{id!r} is reserved for a page of the site itself ({reserved} are)",
                      fix="choose another id and name the file after it")
DUPLICATE_ID = Message("duplicate id {id!r}, already used by {other}",
                       fix="give this file its own id and name the file <id>.yml")
ID_NOT_FILE_NAME = Message("id {id!r} does not match the file name",
                           fix="rename the file to {id}.yml or change the id")
UNKNOWN_ID = Message("unknown id {id!r} (no such entry in {where})")
UNKNOWN_STEP_TARGET = Message("unknown {kind} {target!r} in {action!r} (no such entry in "
                              "{where}; known: {known})")
UNKNOWN_LAW = Message("unknown law {law!r}")
UNKNOWN_LAW_IN_REF = Message("unknown law {law!r} in {ref!r} (known laws: {known})")
UNKNOWN_ARTICLE = Message("unknown article {ref!r} (the {law} excerpt has {have})",
                          fix="cite an excerpted article or excerpt this one first")
IN_THE_FUTURE = Message("{date} is in the future", fix="give the date of the last review")
NOT_A_DATE = Message("{value!r} is not a real date ({fix})", fix="write YYYY-MM-DD")
OFFICIAL_TEXT_MISSING = Message("{file} does not exist",
                                fix="keep the official text in law-texts/ and name it here")
ARTICLE_TWICE = Message("article {number} is excerpted twice")
LINE_COUNT = Message("has {en} lines but text.zh has {zh}",
                     fix="give one English line per Chinese line")
NOT_IN_THIS_LAW = Message("article {number} is not excerpted in this law")
NOT_IN_SUCCESSOR = Message("{law} has no excerpted article {number}")
NOT_IN_OFFICIAL_TEXT = Message("{file} has no article {label}")
OFFICIAL_LINE_COUNT = Message("{label} has {official} lines in {file}, the excerpt has "
                              "{excerpt}", fix="copy every line")
NOT_VERBATIM = Message("differs from {file} at character {column}: official text reads "
                       "{official!r}", fix="copy the line verbatim")
NO_GLOSSARY_ANCHOR = Message("gives no anchor for the glossary page (it needs at least one Latin "
                             "letter or digit)", fix="write the English term in words")
TERM_TWICE = Message("the term is already defined at line {line}")
BAD_ROUTE = Message("a route needs id: (text), name: {{zh: ..., en: ...}} and optionally "
                    "number: (digits, in quotes)")
ID_TWICE = Message("{id!r} is used twice", fix="give each entry its own id")
NOT_A_CHINESE_WORD = Message("{term!r} is not a Chinese word: the dictionary only changes how "
                             "Chinese text is cut")

# Citations in prose (citations.resolve, citations.graph, tools.load) -------------------

CITATION = Message("citation {text!r}: {reason}")  # ``reason``: one of the three below
LAW_NOT_IN_DATA = Message("the law {law!r} is not in the statute data")
NO_SUCH_VERSION = Message("no version of {name} from {year} in the statute data ({years})")
# and UNKNOWN_ARTICLE, above: an article the site does not excerpt, in a list or in prose

# The tools (tools.load, tools.rules, tools.rate) ----------------------------------------

TOOL_FILE_MISSING = Message("missing: the {name} tool is built from this file")
SUPERSEDED = Message("{ref!r} cites a superseded version of the law; the tools show the law in "
                     "force: {fix}", fix="cite {new}")
SUPERSEDED_UNMAPPED = Message("{ref!r} cites a superseded version of the law; the tools show the "
                              "law in force: {fix}", fix="cite the article in {successor}")
UNKNOWN_CHOICE = Message("unknown {what} {value!r} (use one of: {allowed})")
ILLEGAL_DEBTS_ONLY = Message("{ref} (collecting an illegal debt) does not apply to collecting a "
                             "lawful debt, which is what the checker judges: {fix}",
                             fix="cite the article that fits the conduct (e.g. criminal-law/238, "
                                 "245, 246, 253-1, 274, 275 or 293)")
FIGURES_OUT_OF_ORDER = Message("{date} is not after {previous}",
                               fix="list the figures oldest first, each date once")
FIGURE_IN_THE_FUTURE = Message("{date} is in the future",
                               fix="record a figure once it is published")
CONTRACT_BELOW_RECEIVED = Message("the contract amount is less than the amount received",
                                  fix="give the amount written in the contract")
NOT_COMPUTABLE = Message("this example cannot be computed: {reason}")  # a RATE_* below
RATE_NOTHING_RECEIVED = Message("the amount received must be more than 0")
RATE_NEGATIVE_FEES = Message("fees paid at the start cannot be negative")
RATE_FEES_TAKE_ALL = Message("the fees paid at the start use up all the money received")
RATE_NO_INSTALMENT = Message("the instalment must be more than 0")
RATE_INSTALMENT_COUNT = Message("the number of instalments must be a whole number from 1 to "
                                "{limit}")
RATE_PER_YEAR = Message("repayments a year must be a whole number of at least 1")
RATE_TOO_HIGH = Message("the rate is too high to compute")
UNCITED_IN_LETTER = Message("{ref!r} is listed but the {lang} letter does not cite it ({shown})",
                            fix="cite it in the letter or remove it from the list")
UNKNOWN_SLOT = Message("{{{slot}}} is not one of this letter's fields ({fields})",
                       fix="add it to 'fields' or fix the name")
UNUSED_FIELD = Message("the field {name!r} is never used in the {lang} letter",
                       fix="write {{{name}}} where its value goes, or remove it from 'fields'")
STRAY_BRACE = Message("a stray {brace!r}: {fix}", fix="write fields as {{name}} (lowercase "
                      "letters, digits and _), and no other braces")

# Search tuning (search.synonyms, search.index) -------------------------------------------

NOT_A_WORD_LIST = Message("{file}: {where}: expected a list of words")
NOT_A_SYNONYM_GROUP = Message("{file}: {where}: expected in: and add:")
NOT_A_BRAND = Message("{file}: {where}: needs zh:, en: and a kind: listed in kinds")
DROP_SECTIONS_NOT_A_LIST = Message("{file}: drop_sections: expected a list of data/ui.yml keys")
DROP_SECTIONS_UNKNOWN = Message("{file}: drop_sections: {keys} not in data/ui.yml")
SEARCH_SEPARATOR = Message("mkdocs.yml: plugins.search.separator: {detail}",
                           fix="write it so that both JavaScript and Python read it")
SEARCH_SEPARATOR_ZWSP = Message("mkdocs.yml: plugins.search.separator: it does not split at the "
                                "zero-width space (U+200B) Material puts between Chinese words",
                                fix="add \\u200b to its first character set")
SEARCH_FIELDS = Message("mkdocs.yml: plugins.search.fields: {fields} missing; the search index "
                        "carries these fields (hooks/lawguide/search/index.py) and the worker "
                        "searches only the fields declared there")

# The published address (web.address) -----------------------------------------------------

ADDRESS_NOT_SET = Message("{source}: not set",
                          fix="give the published address of the site, e.g. "
                              "https://example.org/guide/")
ADDRESS_CHARACTERS = Message("{source}: {value!r} holds characters an address must not (spaces, "
                             "quotes, <, > or non-ASCII)", fix="percent-encode them")
ADDRESS_NOT_ABSOLUTE = Message("{source}: {value!r} is not an absolute http(s) address "
                               "(e.g. https://example.org/guide/)")
ADDRESS_CREDENTIALS = Message("{source}: {value!r} holds a user name or password")
ADDRESS_QUERY = Message("{source}: {value!r} has a query or fragment",
                        fix="give the folder the site is published in")

# Paths named on the command line (cli) ----------------------------------------------------

NO_SUCH_PATH = Message("{path}: no such file or folder")
PATH_OUTSIDE = Message("{path}: outside the project; validate checks the project's files")
PATH_NOT_READ = Message("{path}: not a content file; only {folders} are read ({fix})",
                        fix="move it there")

# A new case's answers (scaffold) ----------------------------------------------------------

SCAFFOLD_ID_FORM = Message("id {id!r}: use lowercase letters, digits and single hyphens, e.g. "
                           "night-calls-shenzhen")
SCAFFOLD_ID_TAKEN = Message("id {id!r}: cases/{id}.yml already exists",
                            fix="choose another id, or edit that file")
SCAFFOLD_KIND = Message("kind {kind!r}: use illustrative or reported")
SCAFFOLD_AUDIENCE = Message("audience {audience}: use debtor, collector or both")
SCAFFOLD_TAG = Message("conduct tag {tag!r} is not in data/conduct-tags.yml (known: {known})")
SCAFFOLD_ARTICLE = Message("article {ref!r} is not excerpted on this site (write "
                           "<law-id>/<article>; laws: {laws})")


def catalogue() -> dict[str, Message]:
    """Every entry, by name."""
    return {name: value for name, value in globals().items() if isinstance(value, Message)}
