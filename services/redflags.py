"""Red flags in an intro request: signs that the form is fake or spam, or that the time clashes.

Each flag names its evidence, so the mentor can judge it rather than trust a score.

Which questions are essential: those whose wording asks for the mentee's goal or background
(`_ESSENTIAL_WORDS`); a form without such a question has its first two questions treated as
essential instead. Questions that ask for a link (LinkedIn, website, ...) are never essential:
the platform lets mentees leave them empty.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, tzinfo
from functools import cache
from urllib.parse import urlsplit

from services.plaintext import one_line
from services.records import BusyRecord, RedFlag, SessionRecord
from services.timefmt import busy_parts, describe_busy, overlaps


# -- essential questions -----------------------------------------------------------------------

_ESSENTIAL_WORDS = ("achieve", "goal", "hope", "expect", "looking for", "why", "background",
                    "experience", "about you", "yourself", "current role", "help with",
                    "want to")
_LINK_QUESTION_WORDS = ("linkedin", "github", "gitlab", "website", "web site", "portfolio",
                        "url", "link", "profile")
_FALLBACK_ESSENTIAL = 2


def is_link_question(question: str) -> bool:
    q = question.casefold()
    return any(word in q for word in _LINK_QUESTION_WORDS)


def essential_questions(form: dict[str, str]) -> list[str]:
    """The questions whose answers must say something, in the form's order."""
    candidates = [q for q in form if not is_link_question(q)]
    chosen = [q for q in candidates if any(w in q.casefold() for w in _ESSENTIAL_WORDS)]
    return chosen or candidates[:_FALLBACK_ESSENTIAL]


def _words(text: str) -> list[str]:
    """Whitespace-separated pieces that hold at least one letter or digit ("-" is no word)."""
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


def _answer_flags(form: dict[str, str]) -> list[RedFlag]:
    flags = []
    for question in essential_questions(form):
        answer = (form.get(question) or "").strip()
        words = _words(answer)
        if not words:
            shown = f' (only "{one_line(answer)}")' if answer else ""
            flags.append(RedFlag(
                "empty_answer", "Empty answer",
                f'"{one_line(question)}" was left empty{shown}. A mentee who wants a mentor '
                "usually says something here.", "empty_answer",
                {"question": question, "answer": answer}))
        elif len(words) == 1:
            flags.append(RedFlag(
                "one_word_answer", "One-word answer",
                f'"{one_line(question)}" was answered with one word: "{one_line(answer)}". '
                "That is too little to prepare an intro session from.", "one_word_answer",
                {"question": question, "answer": answer}))
    return flags


# -- names ---------------------------------------------------------------------------------------

_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "qwertzuiop", "azertyuiop")
_KEYBOARD_RUN = 4
_PLACEHOLDER_NAMES = {"test", "testing", "tester", "fake", "dummy", "sample", "example", "user",
                      "admin", "anonymous", "anon", "noname", "nobody", "unknown", "none", "null",
                      "asdf", "qwerty", "foo", "foobar", "lorem", "ipsum", "xxx", "abc", "aaa",
                      "name", "firstname", "lastname", "mentee"}
_PLACEHOLDER_PAIRS = {("john", "doe"), ("jane", "doe"), ("john", "smith")}
_VOWELS = set("aeiouy")
_NO_VOWEL_MIN_LETTERS = 4


def _fold(text: str) -> str:
    """Lower case without accents, so 'Chloé' is judged as 'chloe'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _keyboard_run(token: str) -> str | None:
    """The first run of at least four neighbouring keys (either direction), e.g. 'asdf'."""
    for row in _KEYBOARD_ROWS:
        for line in (row, row[::-1]):
            for i in range(len(line) - _KEYBOARD_RUN + 1):
                piece = line[i:i + _KEYBOARD_RUN]
                if piece in token:
                    return piece
    return None


# Why a name looks made up, in English; {0} and {1} are the sign's evidence.
NAME_SIGNS = {
    "empty": "it is empty",
    "digits": "it contains digits",
    "no_letters": "it has no letters",
    "placeholder_word": "it uses a placeholder word ({0})",
    "placeholder_name": "it is a well-known placeholder name",
    "single_letters": "it is only single letters",
    "repeated_letter": '"{0}" is one letter repeated',
    "keyboard_run": '"{0}" runs along the keyboard ({1})',
    "no_vowels": "it has no vowels",
}


def name_signs(name: str) -> list[tuple[str, ...]]:
    """Why a name looks made up: (sign, evidence...) tuples, signs from NAME_SIGNS (empty when
    it looks like a real name)."""
    text = name.strip()
    if not text:
        return [("empty",)]
    folded = _fold(text)
    tokens = re.findall(r"\w+", folded)
    letters = [ch for ch in folded if ch.isalpha()]
    signs: list[tuple[str, ...]] = []
    if any(ch.isdigit() for ch in folded):
        signs.append(("digits",))
    if not letters:
        signs.append(("no_letters",))
        return signs
    placeholder = sorted({t for t in tokens if t in _PLACEHOLDER_NAMES})
    if placeholder:
        signs.append(("placeholder_word", ", ".join(placeholder)))
    if len(tokens) >= 2 and (tokens[0], tokens[-1]) in _PLACEHOLDER_PAIRS:
        signs.append(("placeholder_name",))
    word_tokens = [t for t in tokens if any(ch.isalpha() for ch in t)]
    if word_tokens and all(len(t) == 1 for t in word_tokens):
        signs.append(("single_letters",))
    repeated = [t for t in word_tokens if len(t) >= 2 and len(set(t)) == 1]
    if repeated:
        signs.append(("repeated_letter", repeated[0]))
    for token in word_tokens:
        run = _keyboard_run(token)
        if run:
            signs.append(("keyboard_run", token, run))
            break
    # Only judged for Latin letters: other scripts have no such vowels to look for.
    if (len(letters) >= _NO_VOWEL_MIN_LETTERS and all("a" <= ch <= "z" for ch in letters)
            and not _VOWELS.intersection(letters)):
        signs.append(("no_vowels",))
    return signs


def name_problems(name: str) -> list[str]:
    """Why a name looks made up, as short phrases (empty when it looks like a real name)."""
    return _phrases(name_signs(name))


def _phrases(signs: list[tuple[str, ...]]) -> list[str]:
    return [NAME_SIGNS[sign].format(*evidence) for sign, *evidence in signs]


def _name_flags(name: str) -> list[RedFlag]:
    signs = name_signs(name)
    if not signs:
        return []
    problems = _phrases(signs)
    return [RedFlag("fake_name", "Name looks made up",
                    f'The name "{one_line(name.strip())}" looks made up: '
                    + "; ".join(problems) + ".", "fake_name",
                    {"name": name.strip(), "signs": signs})]


# -- e-mail ------------------------------------------------------------------------------------

# Disposable-address services: the maintained list of the disposable-email-domains package (10 000+
# domains, a set in Python, so the check stays offline), and the ones this project met that it
# lacks. A domain is matched with its subdomains; the services in _THROWAWAY_NAMES run under many
# top-level domains, so their name alone is enough.
LOCAL_THROWAWAY_DOMAINS = frozenset({
    "burnermail.io", "cool.fr.nf", "spamgourmet.com", "temp-mail.io", "tempmail.com",
    "tempmail.net",
})
_THROWAWAY_NAMES = frozenset({"mailinator", "guerrillamail", "yopmail", "10minutemail",
                              "trashmail", "tempmail", "temp-mail", "throwawaymail"})


@cache
def throwaway_domains() -> frozenset[str]:
    """Every known disposable-mail domain (loaded on first use: red flags only, never at start)."""
    from disposable_email_domains import blocklist

    return frozenset(blocklist) | LOCAL_THROWAWAY_DOMAINS


def throwaway_domain(email: str) -> str | None:
    """The disposable-mail domain of `email`, or None."""
    domain = email.rpartition("@")[2].strip().casefold().rstrip(".")
    if not domain:
        return None
    labels = domain.split(".")
    known = throwaway_domains()
    for i in range(len(labels) - 1):
        if ".".join(labels[i:]) in known:
            return domain
    if any(label in _THROWAWAY_NAMES for label in labels[:-1]):
        return domain
    return None


def _email_flags(email: str) -> list[RedFlag]:
    domain = throwaway_domain(email)
    if domain is None:
        return []
    return [RedFlag("throwaway_email", "Throw-away e-mail address",
                    f"{one_line(email.strip())} is at {one_line(domain)}, a service for "
                    "disposable addresses that stop working after a few minutes or days.",
                    "throwaway_email", {"email": email.strip(), "domain": domain})]


# -- links and money ---------------------------------------------------------------------------

URL_SHORTENERS = frozenset({
    "bit.ly", "bitly.com", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "v.gd", "buff.ly",
    "cutt.ly", "rebrand.ly", "shorturl.at", "rb.gy", "t.ly", "tiny.cc", "s.id", "shorte.st",
    "adf.ly", "bl.ink", "clck.ru", "qr.ae", "tr.im", "x.co", "soo.gd", "u.to",
})
# Where professionals point to themselves; a link there is expected, even outside a link field.
PROFESSIONAL_SITES = frozenset({"linkedin.com", "github.com", "gitlab.com", "bitbucket.org",
                                "stackoverflow.com", "medium.com", "kaggle.com"})
_SCHEMED = r"\b(?:https?://|www\.)[^\s<>\"'()]+"
_BARE_SHORT = r"\b(?:" + "|".join(re.escape(h) for h in sorted(URL_SHORTENERS)) + r")/[^\s<>\"'()]*"
_LINK = re.compile(f"{_SCHEMED}|{_BARE_SHORT}", re.IGNORECASE)


def links_in(text: str) -> list[str]:
    return [m.group(0).rstrip(".,;:!?") for m in _LINK.finditer(text)]


def _host(link: str) -> str:
    target = link if "://" in link else f"http://{link}"
    host = (urlsplit(target).hostname or "").casefold()
    return host[4:] if host.startswith("www.") else host


def _site_of(host: str, sites: frozenset[str]) -> str | None:
    return next((s for s in sites if host == s or host.endswith("." + s)), None)


def _link_flags(form: dict[str, str]) -> list[RedFlag]:
    short: list[str] = []
    stray: list[tuple[str, str]] = []
    for question, answer in form.items():
        for link in links_in(answer or ""):
            host = _host(link)
            if host in URL_SHORTENERS:
                short.append(link)
                continue
            named = [s for s in PROFESSIONAL_SITES if s.split(".")[0] in question.casefold()]
            if named:
                if not _site_of(host, frozenset(named)):
                    stray.append((question, link))
            elif not is_link_question(question) and not _site_of(host, PROFESSIONAL_SITES):
                stray.append((question, link))
    flags = []
    if short:
        flags.append(RedFlag("link_spam", "Shortened link",
                             "The form contains " + _listing(short) + ", a shortened link that "
                             "hides where it leads; spam uses them to get past filters.",
                             "short_link", {"links": short}))
    if stray:
        question, link = stray[0]
        more = f" (and {len(stray) - 1} more)" if len(stray) > 1 else ""
        flags.append(RedFlag("link_spam", "Unexpected link",
                             f'The answer to "{one_line(question)}" links to '
                             f'{one_line(_host(link))} ({one_line(link)}){more}. '
                             "Check where it leads before opening it.", "stray_link",
                             {"question": question, "host": _host(link), "link": link,
                              "more": len(stray) - 1}))
    return flags


# Any one of these is enough; the weak words only count when three come together, since a genuine
# mentee may well want to "earn more money" or say they learn fast.
_STRONG_MONEY = re.compile(
    r"\${2,}|\bclick here\b|\bcrypto\w*|\bbitcoin\w*|\bbtc\b|\bforex\b|\bfree money\b|"
    r"\bmake money\b|\bget rich\b|\bcasino\w*|\bpassive income\b|\b100% guaranteed\b|"
    r"\binvestment opportunit\w*|\bdouble your\b|\bwork from home\b|\bearn \$\d+",
    re.IGNORECASE)
_WEAK_MONEY = re.compile(
    r"\bearn(?:ing|s)?\b|\bmoney\b|\bcash\b|\bprofits?\b|\bincome\b|\bfast\b|\bfree\b|\bwin\b|"
    r"\bguaranteed?\b|\brich\b|\$\d+",
    re.IGNORECASE)
_WEAK_NEEDED = 3


def money_words(text: str) -> list[str]:
    """The spam wording found in `text`, in order (empty when there is none, or too little)."""
    strong = [(m.start(), m.end()) for m in _STRONG_MONEY.finditer(text)]
    weak = [(m.start(), m.end()) for m in _WEAK_MONEY.finditer(text)
            if not any(s < m.end() and m.start() < e for s, e in strong)]
    if not strong and len(weak) < _WEAK_NEEDED:
        return []
    found: list[str] = []
    for start, end in sorted(strong + weak):
        word = text[start:end]
        if word.casefold() not in {f.casefold() for f in found}:
            found.append(word)
    return found


def _money_flags(form: dict[str, str]) -> list[RedFlag]:
    text = "\n".join(a or "" for a in form.values())
    found = money_words(text)
    if not found:
        return []
    return [RedFlag("money_spam", "Money or click-bait wording",
                    "The form uses wording typical of spam: " + _listing(found) + ".",
                    "money_words", {"words": found})]


# -- busy time ---------------------------------------------------------------------------------

def _busy_flags(record: SessionRecord, busy: list[BusyRecord], tz: tzinfo) -> list[RedFlag]:
    return [RedFlag("busy_clash", "Clashes with your busy time",
                    "The session overlaps busy time in your calendar: "
                    + describe_busy(b.summary, b.start, b.end, b.all_day, b.source, tz) + ".",
                    "busy_clash",
                    {"block": busy_parts(b.summary, b.start, b.end, b.all_day, b.source, tz)})
            for b in busy if overlaps(b.start, b.end, record.start, record.end)]


# -- all together ------------------------------------------------------------------------------

def _listing(items: list[str]) -> str:
    quoted = [f'"{one_line(i)}"' for i in items[:4]]
    more = f" and {len(items) - 4} more" if len(items) > 4 else ""
    return ", ".join(quoted) + more


def find_red_flags(record: SessionRecord, busy: list[BusyRecord],
                   tz: tzinfo = UTC) -> list[RedFlag]:
    """Every red flag of an intro request: the mentee's identity first, then the form, then the
    clashes with `busy` (which may hold blocks that do not overlap; they are ignored). Times in
    explanations read in `tz`, the mentor's zone."""
    form = {str(q): str(a) if a is not None else "" for q, a in (record.form or {}).items()}
    return [
        *_name_flags(record.mentee_name),
        *_email_flags(record.mentee_email),
        *_answer_flags(form),
        *_link_flags(form),
        *_money_flags(form),
        *_busy_flags(record, busy, tz),
    ]

