"""The slots every language module fills: what the rules, the mentions and the
coreference resolver may ask of a language, and nothing else.

A language module (`extractors.lang.en`, `extractors.lang.fr`) is a plain module
of lexicons whose top-level names are these slots; `extractors.lang.get(lang)`
checks that it fills every one, so a language added later cannot silently lack
one. Lexicon keys are lower case (verbs and nouns by lemma; French reflexives
as "se LEMMA"); `Frame` (extractors/rules/frame.py) says how a trigger word
expresses a predicate.
"""
from __future__ import annotations

import re
from typing import Mapping, Protocol

from extractors.rules.frame import Frame


class LanguageData(Protocol):
    LANG: str                               # ISO 639-1 code
    # -- triggers: word -> how it expresses a predicate
    VERBS: Mapping[str, Frame]              # "acquire", "se associer", "buy out"
    ROUND_VERBS: Mapping[str, Frame]        # verbs whose object is a funding round ("lead", "mener")
    NOUNS: Mapping[str, Frame]              # nominalisations ("investment", "rachat")
    ROLES: Mapping[str, Frame]              # role nouns, holder -> target ("ceo", "fondateur")
    MAKER_NOUNS: frozenset[str]             # "the company behind Y": descriptions that make a product
    MAKER_PREPS: frozenset[str]             # ... and the preposition that names it ("behind", "derrière")
    FORMS: Mapping[str, str]                # inflected form -> trigger verb, for mistagged verbs
    HYPHEN_SUFFIXES: Mapping[str, str]      # "Microsoft-backed": suffix -> predicate
    # -- function words the frames read
    AGENT_PREPS: frozenset[str]             # the preposition of a passive's agent ("by", "par")
    AND: set[str]                           # coordinating "and"
    OR: set[str]                            # coordinating "or": "GIC ou QIA" lists names too
    BETWEEN: set[str]                       # "a partnership between X and Y"
    CONDITIONALS: set[str]                  # "if", "si": the clause is a condition
    COSUBJ_PREPS: set[str]                  # "alongside", "aux côtés de": co-investors
    WITH_PREPS: set[str]                    # "with", "avec": co-investors only when hung on the verb
    FOR_PREPS: set[str]                     # whom goods are supplied to
    FROM_PREPS: set[str]                    # whom goods are bought from
    GENITIVE: set[str]                      # "of", "de": a noun's complement ("the division of X")
    INCLUDING: set[str]                     # "investors including X and Y" (phrases: "such as", "tels que")
    MEMBER_PREPS: frozenset[str]            # "teams from X and Y": the organisations a group noun names
    RELATIVES: set[str]                     # relative pronouns
    RELATIVES_OBJ: set[str]                 # relative pronouns that are objects
    POSSESSIVES: set[str]                   # "its", "son"
    PLURAL_COUNTS: Mapping[str, int]        # "both", "les deux" -> how many antecedents
    DEFINITE: frozenset[str]                # determiners of a definite description
    EDGE_WORDS: frozenset[str]              # words trimmed off a mention's edges ("the", "l'")
    # -- nouns and verbs the frames recognise
    AUXILIARIES: frozenset[str]             # auxiliary lemmas a parse may make a head
    REFLEXIVES: frozenset[str]              # clitics of pronominal verbs ("se", "s'")
    PERFECT_AUX: frozenset[str]             # the auxiliary of the perfect ("have", "avoir"): no passive
    COPULAS: set[str]                       # "be", "devenir": a role predicated of the subject
    INCLUDE_VERBS: set[str]                 # "whose backers include X"
    COUNT_FORMS: frozenset[str]             # "counts", "compte": "X counts A among its backers"
    JOINTLY: frozenset[str]                 # "jointly", "ensemble": coordinated subjects partner
    PERCENT_WORDS: frozenset[str]           # "%", "percent": a share an agent may hang on
    NAMING: set[str]                        # "a company called X"
    POST_NOUNS: set[str]                    # "the post of", "au poste de"
    RAISE_VERBS: set[str]                   # verbs whose subject owns a round
    RECEIVE_VERBS: set[str]                 # "receives funding from X": the subject is funded by X
    FACE_VERBS: frozenset[str]              # "X faces a lawsuit from Y": X is its target
    TAKE_VERBS: frozenset[str]              # "takes the helm of Y", "prend la tête de Y": the subject leads
    MAKE_VERBS: frozenset[str]              # "makes X its largest shareholder", "fait de X son actionnaire"
    REPORT_NOUNS: frozenset[str]            # "denied reports that X would", "a démenti les rumeurs selon lesquelles"
    MAJORITY: frozenset[str]                # "a majority stake", "actionnaire majoritaire": owns, not invests
    ROUND_NOUNS: set[str]                   # "round", "tour de table"; phrases "cycle de financement",
                                            # "funding cycle" (head, preposition and complement by lemma)
    GOODS_NOUNS: frozenset[str]             # goods bought ("chips", "licences", "tools"): "buys Acme chips" is
                                            # no acquisition of Acme
    ROUND_PREPS: set[str]                   # "a round in X", "le tour de table de X": the owner's preposition
    MONEY_NOUNS: frozenset[str]             # "pouring billions into Y": nouns that make an object money
    MONEY_PREPS: frozenset[str]             # ... and the prepositions of what the money goes into
    GO_VERBS: frozenset[str]                # "the investment goes to Y": where money goes
    WITHIN_NOUNS: frozenset[str]            # "au sein de Y", "au capital de Y": an argument is the complement
    BOARD_NOUNS: frozenset[str]             # "the board of Y", "le conseil d'administration de Y": Y's own
    ROUND_TALKS: frozenset[str]             # "X négocie avec Y pour un tour": Y would invest in X
    SAY_VERBS: frozenset[str]               # "..., indique la start-up", "said the company": a reporting clause
    VIA_PREPS: frozenset[str]               # "A, the head of Y via the firm Z": the vehicle of an investor
    DEMONSTRATIVES: frozenset[str]          # "celle de Y", "that of Y": a pronoun standing for a deal noun
    ADD_VERBS: frozenset[str]               # "X's investment in Y adds to Z's": both invest in Y
    INVESTED_DEALS: frozenset[str]          # "invest in a partnership with Y": money that goes to the partner
    ARM_NOUNS: set[str]                     # "Globex's venture arm": its investing is its parent's
    JOIN_VERBS: set[str]                    # "was joined by X": X invests beside the subject
    TALK_NOUNS: set[str]                    # "talks", "a deal": their verb's subject is the party ("a deal to be bought")
    # -- supply
    SUPPLY_GOODS: set[str]                  # what one company supplies another ("chips", "cloud", "models"):
                                            # the goods of a `supplies` fact (rules/supply.py `supplied`)
    SUPPLY_DEALS: set[str]                  # words that make a deal a supply ("a cloud deal", "un accord cloud")
    BUILD_WORDS: frozenset[str]             # "builds data centers for Y", "déployer des systèmes X pour Y"
    USE_NOUNS: frozenset[str]               # "licenses X for use in Y's products", "pour une utilisation par Y"
    RUN_ON_VERBS: frozenset[str]            # "trains its models on Y's chips", "tournent sur les serveurs de Y"
    ON_PREPS: frozenset[str]                # "on", "sur": what such a verb runs on
    # -- disputes
    DEAL_NOUNS: set[str]                    # "sued to block the deal/merger": nouns for an acquisition
    # -- places
    BASED_PREPS: set[str]                   # "based in", "basée à"
    BASED_SUFFIX: set[str]                  # "Paris-based"
    BASED_VERBS: set[str]                   # "headquartered", "installée"
    SEAT_NOUNS: set[str]                    # "headquarters", "siège"
    # -- mentions and coreference
    ANAPHORS: Mapping[str, tuple[str, ...]]  # descriptions -> entity types they may stand for
    PRONOUNS: Mapping[str, tuple[str, ...]]  # pronouns -> entity types (object clitics too: "la", "le")
    STARTUP_NOUNS: frozenset[str]           # descriptions of a young company ("startup", "jeune pousse"): they
                                            # prefer an organisation the article funds or calls a startup
    KINDS: Mapping[str, str]                # descriptions -> a kind; one of a kind the article names ("the
                                            # agency, known as X") is that name ("the watchdog": X)
    ORG_WORDS: set[str]                     # last words that make a name an organisation
    CUE_NOUNS: Mapping[str, str]            # "the model X" -> type of X
    CUE_NOUNS_AFTER: set[str]               # "the X chatbot": cue nouns after the name
    CUE_LINKS: set[str]                     # "a model called X"
    CONTAINERS: set[str]                    # "the family of models X"
    NOT_NAMES: set[str]                     # capitalised words or phrases that are never names ("Startup", "Big Tech")
    GENERIC_WORDS: frozenset[str]           # capitalised common nouns that are no name alone nor open one ("Startup")
    PERSON_NOUNS: frozenset[str]            # people by their work ("researchers"): a company before it employs them
    EMPLOYER_PREPS: frozenset[str]          # "engineers at X", "des ingénieurs de X": their employer
    TITLE_WORDS: frozenset[str]             # job titles, trimmed off a name ("Chief Executive", "COO", "PDG")
    TITLE_MODIFIERS: frozenset[str]         # words of a title that make none alone ("Senior", "former", "général")
    HONORIFICS: frozenset[str]              # forms of address before a person's name ("Mr", "Me", "Mme")
    REGION_ABBREVIATIONS: frozenset[str]    # "Waterloo, Ont.," "Santa Clara, Calif.,": the name before is a place
    ORG_HEADS: frozenset[str]               # institution head nouns ("Syndicat national des éditeurs de jeux")
    NAME_LINKS: frozenset[str]              # words inside such a name ("de", "des", "en", "et"; "of", "for")
    CONTRACTIONS: Mapping[str, str]         # "au" -> "le": "au Foo" names "Le Foo"
    NAME_LOWER: bool                        # such a name goes on in lower case (French) or not (English)
    NAME_SUFFIXES: frozenset[str]           # capitalised words that extend a known name ("Globex Ventures")
    LETTER_WORDS: frozenset[str]            # one-letter words of the language, never a company "H" ("A", "I")
    LETTER_NOUNS: frozenset[str]            # nouns a letter labels ("série B", "type A", "plan B"): no name
    GOVERNMENT_NOUNS: frozenset[str]        # "the Canadian government", "le gouvernement du Québec"
    UNIT_WORDS: frozenset[str]              # after a company's name, a unit of it, no product ("Globex Cloud")
    PRODUCT_WORDS: frozenset[str]           # last words that make a name a product ("Foo Pro", "Foo Processing Units")
    TITLES: frozenset[str]                  # job titles written before a name ("CEO", "Chief", "PDG"):
                                            # never part of the name, whatever the NER spanned
    SIDE_TITLES: frozenset[str]             # words that make a title no leadership ("financial", "vice",
                                            # "cto", "financier", "adjoint")
    ROLE_NEEDS: Mapping[str, frozenset[str]]  # a role word that is one only beside these ("executive": chief)
    CONTEXT_TITLES: frozenset[str]          # corporate titles whose company may go unsaid ("CEO Jane Doe")
    OF_PREPS: frozenset[str]                # a noun's complement: "of", "de" (elided forms normalised)
    AT_PREPS: frozenset[str]                # a role in a locative phrase: "at the helm of", "à la tête de"
    AS_PREPS: frozenset[str]                # the "as" of "named X as CEO", "comme"
    FORMER: frozenset[str]                  # a role held no more: "former", "ex", "ancien"
    PRODUCT_HEADS: frozenset[str]           # nouns whose names are products: "the Nimbus assistant",
                                            # "Initech's Nimbus cloud services", "les modèles Nimbus"
    ARM_WORDS: frozenset[str]               # "Intel Capital", "Globex Ventures": an arm, not its parent's full name
    OWNED_HEADS: frozenset[str]             # nouns naming companies another one owns: "the X and Y chains",
                                            # "Globex's Initech unit"
    BEHIND: frozenset[str]                  # "X is behind Y", "X, à l'origine de Y"
    PIT_VERBS: Mapping[str, tuple[str, ...]]  # "pits X against Y": verb -> the other side's prepositions
    INTEGRATE_VERBS: frozenset[str]         # "X integrates A into B (with C)": B and C are X's products
    INTO_PREPS: frozenset[str]              # ... and the preposition of B ("into", "à", "dans")
    NAME_NOUNS: frozenset[str]              # '"Nimbus" - c'est le nom de l'outil développé par X', "the name of"
    ENABLE_VERBS: frozenset[str]            # "deals with A and B enable Y to ...": Y is the deals' party
    RIVALRY_VERBS: frozenset[str]           # "puts X in competition with Y", "met X en concurrence avec Y"
    AS_WELL_AS: frozenset[str]              # a list going on past a clause: "as well as (with)", "ainsi qu'(avec)"
    FORMER_VERBS: frozenset[str]            # leaving a post or a company: "step (down)", "quitter"
    ORG_ROLES: frozenset[str]               # role nouns only an organisation holds here: "author" of
                                            # models (a person's are books): "author", "auteur"
    # -- attributes
    VALUATION: re.Pattern                   # text before an amount that makes it a valuation


SLOTS = tuple(LanguageData.__annotations__)


def missing_slots(module) -> list[str]:
    """The slots of `LanguageData` that `module` does not fill."""
    return [name for name in SLOTS if not hasattr(module, name)]
