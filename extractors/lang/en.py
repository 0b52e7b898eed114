"""English lexicons for the relation engine (lemmas, lower case)."""
from __future__ import annotations

import re

from extractors.rules.frame import Frame

LANG = "en"

_INVEST = Frame("invests-in", obj=("in", "into"))
_ACQUIRE = Frame("acquires", buyer=True)
_PARTNER = Frame("partners-with", obj=("with",))
_SUPPLY = Frame("supplies", obj=("obj", "to", "for"))
_DEVELOP = Frame("develops")
_CREATE = Frame("develops", org_object="founded")  # a product, or a company
_FOUND = Frame("founded")
_LEAD = Frame("leads")
_SUE = Frame("sues")
_ACCUSE = Frame("accuses")
_OWN = Frame("owns")
_COMPETE = Frame("competes-with", obj=("with", "against"))

# verb (lemma, or "lemma particle") -> frame
VERBS = {
    "invest": _INVEST, "reinvest": _INVEST, "co-invest": _INVEST,
    "back": Frame("invests-in"), "fund": Frame("invests-in"), "finance": Frame("invests-in"),
    "bankroll": Frame("invests-in"),
    # "X raised $50 million from Y": Y invests in X
    "raise": Frame("invests-in", obj=("from",), swap=True), "secure": Frame("invests-in", obj=("from",), swap=True),
    "acquire": _ACQUIRE, "buy": _ACQUIRE, "purchase": _ACQUIRE, "buy out": _ACQUIRE,
    "pay": Frame("acquires", obj=("for",)),  # "agreed to pay $500 million for Y"
    "take over": _ACQUIRE, "snap up": _ACQUIRE, "absorb": _ACQUIRE,
    "use": Frame("supplies", obj=(), buyer=True), "rely": Frame("supplies", obj=(), buyer=True),
    "depend": Frame("supplies", obj=(), buyer=True), "tap": Frame("supplies", obj=(), buyer=True),
    # goods chosen are goods bought: "picked Initech's chips for its servers"
    "pick": Frame("supplies", obj=(), buyer=True), "choose": Frame("supplies", obj=(), buyer=True),
    "select": Frame("supplies", obj=(), buyer=True), "adopt": Frame("supplies", obj=(), buyer=True),
    "source": Frame("supplies", obj=(), buyer=True), "procure": Frame("supplies", obj=(), buyer=True),
    "sell": Frame("acquires", obj=("to",), sale=True), "divest": Frame("acquires", obj=("to",), sale=True),
    "partner": _PARTNER, "team up": _PARTNER, "ally": _PARTNER, "collaborate": _PARTNER,
    "join forces": _PARTNER, "license": Frame("partners-with", obj=("obj", "from", "to")),
    "supply": _SUPPLY, "provide": Frame("supplies", obj=("to", "for", "obj")),
    "power": Frame("supplies"), "equip": _SUPPLY, "serve": Frame("supplies"),
    "develop": _DEVELOP, "build": _DEVELOP, "release": _DEVELOP, "launch": _CREATE,
    "unveil": _DEVELOP, "introduce": _DEVELOP, "debut": _DEVELOP, "ship": _DEVELOP,
    "roll out": _DEVELOP, "create": _CREATE, "design": _DEVELOP, "publish": _DEVELOP,
    "train": _DEVELOP, "make": _DEVELOP,
    "found": _FOUND, "co-found": _FOUND, "cofound": _FOUND, "start": Frame("founded"),
    "establish": _FOUND, "set up": _FOUND, "launch up": _FOUND,
    "lead": _LEAD, "run": _LEAD, "head": _LEAD, "chair": _LEAD, "helm": _LEAD, "manage": _LEAD,
    "sue": _SUE, "countersue": _SUE, "take to court": _SUE,
    "accuse": _ACCUSE, "allege": Frame("accuses", obj=("obj", "against")), "blame": _ACCUSE,
    "fine": _ACCUSE, "penalize": _ACCUSE, "penalise": _ACCUSE, "sanction": _ACCUSE,
    "own": _OWN, "control": _OWN, "belong": Frame("owns", obj=("to",), swap=True),
    "compete": _COMPETE, "rival": Frame("competes-with"), "challenge": Frame("competes-with"),
    "take on": Frame("competes-with"), "vie": _COMPETE,
}
# "lead" a funding round is an investment, not leadership: handled by ROUND_NOUNS
ROUND_VERBS = {"lead": Frame("invests-in"), "join": Frame("invests-in"), "enter": Frame("invests-in"),
               "head": Frame("invests-in"), "spearhead": Frame("invests-in"), "anchor": Frame("invests-in"),
               "participate": Frame("invests-in", obj=("in",))}
# money put into a round is an investment in the round's company: "X is providing $30bn
# for the round", "X committed $1bn to the round", "X put $10m into the round"
_CONTRIBUTE = Frame("invests-in", obj=("for", "to", "in", "into"))
ROUND_VERBS.update({v: _CONTRIBUTE for v in ("provide", "contribute", "commit", "put", "pledge", "inject",
                                             "pour", "supply", "chip")})

# "X is pouring billions into Y", "X committed $1bn to Y": money put into a company
MONEY_NOUNS = frozenset({"billion", "billions", "million", "millions", "money", "cash", "dollar", "dollars",
                         "funds", "funding"})  # (not "fund", "capital": "a fund run by X" is no money)
MONEY_PREPS = frozenset({"into", "in", "to"})
GO_VERBS = frozenset({"go", "flow"})  # "the investment goes to Y"
WITHIN_NOUNS = frozenset({"capital"})  # "a stake in the capital of Y"
BOARD_NOUNS = frozenset({"board"})  # "chairman of the board of Y", "chairs Y's board"
ROUND_TALKS = frozenset({"negotiate", "talk", "talks", "negotiation", "negotiations", "discussion",
                         "discussions"})  # "X is in talks with Y over a new round": Y would invest
SAY_VERBS = frozenset({"say", "said", "says", "according", "announce", "announced", "state", "stated", "add",
                       "added", "note", "noted", "confirm", "confirmed", "report", "reported", "tell", "told"})
VIA_PREPS = frozenset({"via", "through"})  # "A, the head of Y via the firm Z": Z invests
DEMONSTRATIVES = frozenset({"that", "those"})  # "the largest being that of Y"
ADD_VERBS = frozenset({"add"})  # "X's investment in Y adds to Z's": in Y too
INVESTED_DEALS = frozenset({"partnership", "alliance", "collaboration"})  # not a joint venture: a company

# nominalisations: noun lemma -> frame (subject from "'s", "by", or the governing verb)
NOUNS = {
    "investment": Frame("invests-in", obj=("in", "into"), subj=("by", "from")),
    "stake": Frame("invests-in", obj=("in",), subj=("by",)),
    "backing": Frame("invests-in", obj=("for", "of"), subj=("from", "by")),
    "funding": Frame("invests-in", obj=("for", "to", "of"), subj=("from", "by")),
    "participation": Frame("invests-in", obj=("in",), subj=("from", "by", "of")),
    # "X's release of Y", "the launch of Y by X": only with a subject of their own ("after the
    # launch of Y, X ..." says nothing of who made Y)
    "release": Frame("develops", obj=("of",), subj=("by",), climb=False),
    "launch": Frame("develops", obj=("of",), subj=("by",), climb=False),
    "rollout": Frame("develops", obj=("of",), subj=("by",), climb=False),
    "unveiling": Frame("develops", obj=("of",), subj=("by",), climb=False),
    "acquisition": Frame("acquires", obj=("of",), subj=("by",)),
    "purchase": Frame("acquires", obj=("of",), subj=("by",)),
    "takeover": Frame("acquires", obj=("of",), subj=("by",)),
    "buyout": Frame("acquires", obj=("of",), subj=("by",)),
    "partnership": Frame("partners-with", obj=("with",)),
    "alliance": Frame("partners-with", obj=("with",)),
    "collaboration": Frame("partners-with", obj=("with",)),
    "joint venture": Frame("partners-with", obj=("with",)),
    "deal": Frame("partners-with", obj=("with",)),
    "agreement": Frame("partners-with", obj=("with",)),
    "pact": Frame("partners-with", obj=("with",)), "memorandum": Frame("partners-with", obj=("with",)),
    "force": Frame("partners-with", obj=("with",), gov=("join",)),  # "X joins forces with Y"
    "contract": Frame("supplies", obj=("with",)),
    # "X gains access to Y's cloud": Y supplies X
    "access": Frame("supplies", obj=("to",), gov=("gain", "get", "have", "secure", "obtain"), buyer=True),
    "lawsuit": Frame("sues", obj=("against",), subj=("by", "from")),
    "suit": Frame("sues", obj=("against",), subj=("by",)),
    "complaint": Frame("sues", obj=("against",), subj=("by",)),
    "case": Frame("sues", obj=("against",), subj=("by",)),
    "accusation": Frame("accuses", obj=("against",), subj=("by", "from")),
    # "imposed a fine on X": a penalty accuses its target
    "fine": Frame("accuses", obj=("on", "against"), subj=("from", "by"), gov=("impose", "levy", "slap", "issue")),
    "penalty": Frame("accuses", obj=("on", "against"), subj=("from", "by"), gov=("impose", "levy", "slap", "issue")),
    "rivalry": Frame("competes-with", obj=("with",)),
    "competition": Frame("competes-with", obj=("with", "from")),
    "equity": Frame("invests-in", obj=("in",), gov=("take", "acquire", "hold", "buy", "own")),
    "part": Frame("invests-in", obj=("in",), gov=("take",)),
    # a share of a company held or bought: "owns 10% of Y", "bought 30 percent of Y" (over half: owns)
    "%": Frame("invests-in", obj=("of",), gov=("take", "acquire", "hold", "buy", "own", "purchase")),
    "percent": Frame("invests-in", obj=("of",), gov=("take", "acquire", "hold", "buy", "own", "purchase")),
    "control": Frame("acquires", obj=("of",), gov=("take", "gain", "acquire", "seize")),
    "bid": Frame("acquires", obj=("for",), subj=("by",), status="announced"),
    # "Arm's sale to Nvidia", "the sale of Initech to Globex": subj holds what introduces the thing sold
    "sale": Frame("acquires", obj=("to",), subj=("of",), sale=True),
    "offer": Frame("acquires", obj=("for",), subj=("by",), status="announced", gov=("make", "launch", "submit", "drop",
                                                               "withdraw", "raise", "sweeten", "reject")),
}
# "startups including X and Y", "investors such as X": a list that names the noun's members
INCLUDING = {"including", "like", "such as", "among", "notably", "among them", "among which"}
FROM_PREPS = {"from"}
GENITIVE = {"of"}
# nouns a role hangs from: "appointed to the post of chief executive", "one of the investors in X"
POST_NOUNS = {"post", "position", "role", "job", "one", "part", "head"}
BETWEEN = {"between", "among"}

# role nouns: the holder (apposition, compound or copula subject) -> predicate -> the target
ROLES = {
    "ceo": Frame("leads", obj=("of", "at")), "executive": Frame("leads", obj=("of", "at")),
    "chief": Frame("leads", obj=("of", "at")), "chairman": Frame("leads", obj=("of", "at")),
    "chairwoman": Frame("leads", obj=("of", "at")), "chair": Frame("leads", obj=("of", "at")),
    "president": Frame("leads", obj=("of", "at")), "boss": Frame("leads", obj=("of", "at")),
    "head": Frame("leads", obj=("of", "at")),
    "helm": Frame("leads", obj=("of",)),  # "at the helm of Y" ("leader" is no title: "the right leader to ...")
    "founder": Frame("founded", obj=("of",)), "co-founder": Frame("founded", obj=("of",)),
    "cofounder": Frame("founded", obj=("of",)),
    "founding team": Frame("founded", obj=("of",)),  # "part of the founding team of Y", "Y's founding team"
    "developer": Frame("develops", obj=("of", "behind")), "maker": Frame("develops", obj=("of",)),
    "creator": Frame("develops", obj=("of", "behind")), "owner": Frame("owns", obj=("of",)),
    "author": Frame("develops", obj=("of",)),
    "parent": Frame("owns", obj=("of",)), "subsidiary": Frame("owns", obj=("of",), swap=True),
    "property": Frame("owns", obj=("of",), swap=True),
    "unit": Frame("owns", obj=("of",), swap=True), "division": Frame("owns", obj=("of",), swap=True),
    "arm": Frame("owns", obj=("of",), swap=True),
    "investor": Frame("invests-in", obj=("in",)), "backer": Frame("invests-in", obj=("of",)),
    "shareholder": Frame("invests-in", obj=("in", "of")),
    "portfolio": Frame("invests-in", obj=("of",), swap=True),  # "X, a portfolio company of Y"
    "rival": Frame("competes-with", obj=("of", "to")),
    "competitor": Frame("competes-with", obj=("of", "to")),
    "challenger": Frame("competes-with", obj=("to", "of")),
    "competition": Frame("competes-with", obj=("for", "to")),
    "supplier": Frame("supplies", obj=("of", "to", "for")),
    "provider": Frame("supplies", obj=("of", "to", "for")),
    "customer": Frame("supplies", obj=("of",), swap=True),  # "X is a customer of Y": Y supplies X
    "client": Frame("supplies", obj=("of",), swap=True),
    "partner": Frame("partners-with", obj=("of", "to")),  # not "a partner at Y", a venture firm's post
}

# descriptions and pronouns that can stand for an earlier entity
_ORG = ("Organization",)
ANAPHORS = {w: _ORG for w in (
    "company", "firm", "startup", "start-up", "group", "chipmaker", "giant", "lab", "laboratory",
    "maker", "developer", "business", "conglomerate", "outfit", "provider", "operator",
    "publisher", "unicorn", "platform", "retailer", "carmaker", "automaker", "manufacturer",
    "supplier", "investor", "fund", "bank", "insurer", "telco", "carrier", "newspaper", "upstart",
    "incubator", "nonprofit", "non-profit")}
# descriptions of a young company: "the startup" prefers the one the article funds or calls so
STARTUP_NOUNS = frozenset({"startup", "start-up", "upstart", "unicorn"})
# descriptions of one kind name one entity once the article names one of them: "Italy's authority,
# known as Garante" ... "the data protection agency", "the watchdog"; "a fund dubbed X" ... "the partnership"
KINDS = {"agency": "regulator", "authority": "regulator", "watchdog": "regulator", "regulator": "regulator",
         "fund": "fund", "partnership": "fund", "vehicle": "fund"}
PRONOUNS = {"it": _ORG, "its": _ORG, "he": ("Person",), "she": ("Person",),
            "his": ("Person",), "her": ("Person",), "they": _ORG, "their": _ORG}

ORG_WORDS = {"capital", "ventures", "partners", "labs", "lab", "ai", "technologies", "technology",
             "systems", "group", "holdings", "inc", "corp", "corporation", "ltd", "llc", "bank",
             "fund", "investments", "robotics", "networks", "software", "cloud", "semiconductor",
             "research", "foundation", "motors", "media", "times", "news", "analytics", "io"}

RELATIVES = {"which", "who", "that", "whom", "whose"}
INCLUDE_VERBS = {"include", "be", "count", "comprise", "feature"}
# the forms of "count" ("X counts A among its backers"), which the tagger may take for a noun
COUNT_FORMS = frozenset({"counts", "count", "counted", "counting"})
# "jointly develop", "développer ensemble": the coordinated subjects partner
JOINTLY = frozenset({"jointly", "together"})
# the share of "60% owned by X"
PERCENT_WORDS = frozenset({"%", "percent"})
COPULAS = {"be", "become", "remain", "stay", "serve", "act"}
# Inflected forms of the trigger verbs, for the tokens the tagger takes for nouns
# ("Globex competes against Initech") and the hyphenated ones it lemmatises badly.
_IRREGULAR = {"buy": "bought", "sell": "sold", "lead": "led", "run": "ran", "make": "made",
              "build": "built", "take": "took taken", "found": "founded", "set": "set", "sue": "sued"}


def _inflect(verb: str) -> set[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s"), stem + "ed", stem + "ing"}
    if verb.endswith("e"):
        forms.add(verb + "d")
    return forms | set(_IRREGULAR.get(verb, "").split())


FORMS = {f: v for v in VERBS if " " not in v for f in _inflect(v)}
# the first word of a phrasal verb ("teams" of "teams up"): its particle makes the key
FORMS.update({f: v.split()[0] for v in VERBS if " " in v for f in _inflect(v.split()[0]) if f not in FORMS})
FORMS.update({"co-founded": "co-found", "co-founds": "co-found", "co-founding": "co-found",
              "cofounded": "cofound", "co-invested": "co-invest", "co-invests": "co-invest",
              # a round co-led is led: "a round co-led by X and Y"
              "co-led": "lead", "co-lead": "lead", "co-leads": "lead", "co-leading": "lead"})

RELATIVES_OBJ = {"which", "that", "whom"}
AND = {"and", "&"}
OR = {"or"}
FOR_PREPS = {"for", "to"}
POSSESSIVES = {"its", "their", "his", "her"}
PLURAL_COUNTS = {"two": 2, "both": 2, "three": 3}
COSUBJ_PREPS = {"with", "alongside", "along with", "together with"}
WITH_PREPS = {"with"}  # the plain comitative, which may hang on anything
CONDITIONALS = {"if", "unless"}
ROUND_NOUNS = {"round", "fundraising", "fundraise", "raise", "series", "funding cycle", "financing cycle"}
ROUND_PREPS = {"of", "in", "for", "into"}
ARM_NOUNS = {"arm", "unit", "division", "fund", "branch", "vehicle", "affiliate"}
JOIN_VERBS = {"join"}
RAISE_VERBS = {"raise", "close", "secure", "land", "announce", "complete"}
FACE_VERBS = frozenset({"face", "hit", "receive", "fight", "battle", "confront"})
TAKE_VERBS = frozenset({"take", "assume"})
MAKE_VERBS = frozenset({"make"})
REPORT_NOUNS = frozenset({"report", "rumor", "rumour", "speculation", "claim", "suggestion", "story"})
MAJORITY = frozenset({"majority", "controlling"})  # "a majority stake", "the controlling shareholder"
RECEIVE_VERBS = {"receive", "get", "secure", "obtain", "win", "land", "attract", "garner", "accept"}
TALK_NOUNS = {"talk", "talks", "discussion", "negotiation", "plan", "bid", "effort", "move", "offer", "deal",
              "agreement"}
NAMING = {"call", "name", "dub", "brand", "know"}

# what one company provides another: "uses Acme's cloud services", "buys Acme chips"
SUPPLY_GOODS = {"chip", "chips", "gpu", "gpus", "processor", "semiconductor", "accelerator", "tpu", "tpus",
                "cloud", "service", "services", "platform", "infrastructure", "server", "servers", "compute",
                "computing", "capacity", "design", "designs", "hardware", "software", "supercomputer",
                "datacenter", "datacentre", "model", "models", "technology", "system", "systems",
                "data center", "data centre"}  # two words: a noun and its modifier
# "a cloud deal with X": a deal for goods is a supply
BUILD_WORDS = frozenset({"build", "deploy", "construction", "deployment", "make", "manufacture", "produce"})  # "builds data centers for Y"
USE_NOUNS = frozenset({"use"})  # "licenses Nimbus for use in Globex's products"
# the goods a company's models run on are supplied to it: "X trains its models on Y's chips"
RUN_ON_VERBS = frozenset({"run", "train", "host", "deploy", "operate"})
ON_PREPS = frozenset({"on"})
SUPPLY_DEALS = {"cloud", "compute", "computing", "chip", "chips", "gpu", "infrastructure", "server", "hosting",
                "supply"}

# "sued to block the merger": nouns for the acquisition the article told of
DEAL_NOUNS = {"deal", "merger", "buyout", "takeover", "acquisition", "purchase", "sale", "transaction", "bid"}

SEAT_NOUNS = {"headquarters", "hq", "head office"}
BASED_SUFFIX = {"based", "headquartered"}
# "Microsoft-backed OpenAI", "Amazon-owned Zoox", "Musk-founded xAI", "Altman-led OpenAI"
HYPHEN_SUFFIXES = {"backed": "invests-in", "funded": "invests-in", "financed": "invests-in",
                   "owned": "owns", "controlled": "owns", "founded": "founded", "led": "leads",
                   "run": "leads"}
BASED_VERBS = {"base", "headquarter", "based", "headquartered", "locate", "situate"}
BASED_PREPS = {"in", "at", "out", "to"}

# mentions: cue nouns that type the name after ("the model Llama") or before ("the Grok chatbot")
CUE_NOUNS = {"model": "Product", "models": "Product", "chatbot": "Product", "assistant": "Product",
             "chip": "Product", "chips": "Product", "processor": "Product", "app": "Product",
             "project": "Project", "initiative": "Project", "llm": "Product", "gpu": "Product"}
CUE_NOUNS_AFTER = {"chatbot", "assistant", "model", "models", "llm", "app", "chip", "chips",
                   "gpu", "gpus", "project", "initiative"}
CUE_LINKS = {"called", "named", "dubbed"}
# nouns whose name may follow after "of" + a cue noun: "the family of models X"
CONTAINERS = {"family", "series", "line", "range", "suite", "version", "generation"}
NOT_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "image", "source", "ceo", "inc", "corp",
             "series", "seed", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
             "dec", "big tech", "french tech", "generative ai", "artificial intelligence", "a.i.", "silicon"}
# people by their work: "former Hooli researchers" are no Hooli, "a Globex engineer" no Globex
PERSON_NOUNS = frozenset({"researcher", "researchers", "engineer", "engineers", "scientist", "scientists",
                          "employee", "employees", "staffer", "staffers", "worker", "workers", "veteran",
                          "veterans", "alumnus", "alumni", "executive", "executives", "developer",
                          "developers", "entrepreneur", "entrepreneurs", "manager", "managers"})
EMPLOYER_PREPS = frozenset({"at", "of", "from"})
# common nouns written with a capital in headlines, lists and marketing prose: no name alone
GENERIC_WORDS = frozenset({
    "startup", "startups", "start-up", "start-ups", "rival", "rivals", "tech", "vc", "vcs", "llm", "llms",
    "gpu", "gpus", "cpu", "cpus", "api", "apis", "genai", "agi", "ai", "a.i.", "ml", "saas", "app", "apps",
    "chip", "chips", "chipmaker", "cloud", "company", "firm", "group", "unicorn", "investor", "investors",
    "government", "state", "regulator", "regulators", "internet", "web", "data", "software", "hardware",
    "robotics", "research", "model", "models", "platform", "agent", "agents", "chatbot", "assistant",
    "generative", "agentic", "stock", "shares", "earnings", "r&d", "arr", "ipo", "m&a", "gdpr", "esg", "kpi"})
TITLE_WORDS = frozenset({
    "ceo", "ceos", "cto", "coo", "cfo", "cio", "cmo", "cso", "cpo", "chief", "executive", "executives",
    "officer", "president", "chairman", "chairwoman", "chairperson", "chair", "founder", "co-founder",
    "cofounder", "founders", "co-founders", "director", "minister", "secretary", "senator", "governor",
    "head", "manager", "counsel", "chancellor", "premier", "mayor", "ambassador", "commissioner",
    "spokesman", "spokeswoman", "spokesperson", "professor", "co-ceo", "co-ceos", "evp", "svp", "vp"})
# words that go with a title but make none alone ("Senior Vice President", "former")
TITLE_MODIFIERS = frozenset({"vice", "senior", "deputy", "interim", "acting", "former", "ex", "general",
                             "managing", "prime", "executive", "assistant", "associate"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady"})
# the news agencies' abbreviations of US states and Canadian provinces after a city ("Waterloo, Ont.,")
REGION_ABBREVIATIONS = frozenset({
    "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "ky.",
    "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.", "n.j.", "n.m.",
    "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "vt.", "va.", "wash.",
    "w.va.", "wis.", "wyo.", "d.c.", "ont.", "que.", "b.c.", "alta.", "man.", "sask.", "n.s.", "n.b.", "nfld."})
# "the Council of Northern Builders": a capitalised head noun, "of" and capitalised words
ORG_HEADS = frozenset({
    "council", "commission", "committee", "authority", "agency", "institute", "institution", "university",
    "foundation", "association", "federation", "union", "board", "bureau", "department", "ministry",
    "office", "court", "tribunal", "society", "league", "bank", "center", "centre", "school", "college",
    "academy", "laboratory", "chamber", "parliament", "senate", "congress", "house", "alliance",
    "consortium", "fund", "trust", "service", "administration", "organisation", "organization",
    "corporation", "exchange", "observatory", "network", "forum", "coalition"})
NAME_LINKS = frozenset({"of", "for", "on"})
CONTRACTIONS: dict[str, str] = {}
NAME_LOWER = False  # "Council of Northern Builders": capitalised words only
NAME_SUFFIXES = frozenset({
    "ventures", "capital", "partners", "labs", "lab", "research", "holdings", "investments", "foundation",
    "fund", "funds", "management", "technologies", "technology", "systems", "robotics", "networks",
    "semiconductor", "semiconductors", "motors", "company", "bank", "financial", "therapeutics",
    "industries", "enterprises", "solutions", "communications", "electronics", "dynamics", "platforms"})
# one-letter words: never the name of a company called "H"
LETTER_WORDS = frozenset({"a", "i", "o"})
# nouns a letter labels: "Series B", "type A", "plan B", "Class A shares"
LETTER_NOUNS = frozenset({"series", "round", "class", "type", "plan", "category", "grade", "group", "vitamin",
                          "option", "section", "part", "phase", "step", "tier", "level", "point", "item",
                          "letter", "generation", "gen", "model", "version", "team", "unit", "block", "wing"})
GOVERNMENT_NOUNS = frozenset({"government"})
# a company's name + one of these names a unit of it, not a product: "Globex Cloud", "Globex Research"
UNIT_WORDS = frozenset({"cloud", "research", "services", "service", "foundation", "studios", "studio", "health",
                        "security", "energy", "media", "news", "web"})
PRODUCT_WORDS = frozenset({"pro", "max", "mini", "ultra", "plus", "lite", "turbo", "flash", "nano", "air",
                           "unit", "units", "processor", "processors", "edition", "sonnet", "opus", "haiku"})
# job titles written before a name ("Globex CFO Jane Doe", "Chief Executive Officer Jane Doe")
TITLES = frozenset({"ceo", "ceos", "co-ceo", "co-ceos", "cfo", "cto", "coo", "cmo", "cio", "cso", "cpo", "clo",
                    "chief", "executive", "officer", "president", "chairman", "chairwoman", "chairperson",
                    "founder", "co-founder", "cofounder", "director", "vice", "boss",
                    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof."})
# what makes a title no leadership: a side function ("chief financial officer", "vice president")
SIDE_TITLES = frozenset({"financial", "finance", "technology", "technical", "operating", "operations", "legal",
                         "marketing", "commercial", "revenue", "product", "people", "information", "security",
                         "data", "science", "scientific", "research", "strategy", "communications", "digital",
                         "ai", "business", "growth", "investment", "vice", "deputy", "assistant", "associate",
                         "regional", "cfo", "cto", "coo", "cmo", "cio", "cso", "cpo", "clo"})
ROLE_NEEDS = {"executive": frozenset({"chief", "top"})}  # "Globex executive Jane Doe" is no chief executive
# titles whose company may go unsaid, the article's own ("CEO Jane Doe said", "fellow co-founder John Roe")
CONTEXT_TITLES = frozenset({"ceo", "ceos", "co-ceo", "co-ceos", "executive", "founder", "co-founder", "cofounder",
                            "founders", "co-founders", "cofounders"})
OF_PREPS = frozenset({"of"})  # the complement of a noun: "the appointment of X"
PRODUCT_HEADS = frozenset({"assistant", "chatbot", "bot", "model", "llm", "app", "application", "chip", "gpu",
                           "processor", "accelerator", "service", "offering", "platform", "engine", "browser",
                           "software", "tool", "product", "device", "smartphone", "phone", "headset", "agent",
                           "api", "system", "solution", "suite", "cloud", "robot", "robotaxi", "car", "console",
                           "bundle"})
# the investment arm of a company, named after it: "Intel Capital" is not "Intel"
ARM_WORDS = frozenset({"capital", "ventures", "venture", "investments", "foundation", "fund"})
OWNED_HEADS = frozenset({"chain", "brand", "discounter", "store", "supermarket", "label", "studio", "subsidiary",
                         "unit", "division", "affiliate", "arm", "business", "businesses", "network", "airline"})
BEHIND = frozenset({"behind"})
PIT_VERBS = {"pit": ("against",), "pits": ("against",), "pitted": ("against",), "pitting": ("against",)}
RIVALRY_VERBS = frozenset({"put", "place", "bring", "set"})
INTEGRATE_VERBS = frozenset({"integrate", "embed"})
INTO_PREPS = frozenset({"into", "in"})
NAME_NOUNS = frozenset({"name"})
ENABLE_VERBS = frozenset({"enable", "allow", "let", "help", "permit"})
AS_WELL_AS = frozenset({"as well as"})
AT_PREPS = frozenset({"at"})  # "at the helm of", "à la tête de"
AS_PREPS = frozenset({"as"})  # "named X as CEO"
FORMER = frozenset({"former", "ex", "erstwhile", "onetime", "one-time", "then", "past", "previous",
                    "previously", "formerly"})  # ("who previously led X": adverbs, on a verb of leading)
ORG_ROLES = frozenset({"author"})  # "Globex is the author of models such as A and B"; a person's: books
FORMER_VERBS = frozenset({"step", "resign", "leave", "quit", "depart", "retire", "exit", "oust", "fire"})

# function words of the frames, mentions and coreference
AGENT_PREPS = frozenset({"by"})
AUXILIARIES = frozenset({"have", "be"})
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})
EDGE_WORDS = frozenset({"the", "'s", "’s"})
REFLEXIVES = frozenset()
# text right before an amount that makes it a valuation, not the amount of a deal
VALUATION = re.compile(r"(?:valued|valuing\s+\w+|valuation|market\s+(?:value|capitali[sz]ation)|market\s+cap)"
                       r"(?:\s+(?:at|of))?(?:\s+(?:about|around|some|more\s+than))?\s*$", re.I)
PERFECT_AUX = frozenset({"have"})
# things companies buy from and supply to each other: "buys Acme chips" is no acquisition of Acme
GOODS_NOUNS = frozenset({"chip", "chips", "gpu", "gpus", "processor", "processors", "semiconductor", "semiconductors",
                         "server", "servers", "accelerator", "accelerators", "hardware", "software", "service",
                         "services", "product", "products", "license", "licence", "licenses", "licences",
                         "equipment", "component", "components", "capacity", "compute", "computing", "cloud",
                         "infrastructure", "supercomputer", "supercomputers", "system", "systems", "tool", "tools"})
MEMBER_PREPS = frozenset({"from", "of", "at"})  # "teams from X and Y": whose members a group noun names
# "the company behind ChatGPT", "X, the startup behind Y": the organisation develops Y
MAKER_NOUNS = frozenset({"company", "startup", "start-up", "firm", "lab", "laboratory", "group", "team"})
MAKER_PREPS = frozenset({"behind"})
