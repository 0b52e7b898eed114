"""French lexicons for the relation engine (lemmas, lower case).

Reflexive verbs are keyed "se LEMMA" ("s'associer" -> "se associer").
"""
from __future__ import annotations

import re

from extractors.rules.frame import Frame

LANG = "fr"

_INVEST = Frame("invests-in", obj=("dans", "en", "à"))
_ACQUIRE = Frame("acquires", buyer=True)
_PARTNER = Frame("partners-with", obj=("avec", "à"))
_SUPPLY = Frame("supplies", obj=("obj", "à"))
_DEVELOP = Frame("develops")
_CREATE = Frame("develops", org_object="founded")  # un produit, ou une entreprise
_FOUND = Frame("founded")
_LEAD = Frame("leads")
_SUE = Frame("sues")
_ACCUSE = Frame("accuses")
_OWN = Frame("owns")
_COMPETE = Frame("competes-with", obj=("avec", "à", "contre"))

VERBS = {
    "investir": _INVEST, "réinvestir": _INVEST, "injecter": _INVEST, "miser": Frame("invests-in", obj=("sur",)),
    "financer": Frame("invests-in"), "soutenir": Frame("invests-in"), "parier": Frame("invests-in", obj=("sur",)),
    "entrer": Frame("invests-in", obj=("à", "dans")),
    # "X a levé 50 millions auprès de Y": Y investit dans X
    "lever": Frame("invests-in", obj=("auprès",), swap=True),
    "mobiliser": Frame("invests-in", obj=("auprès",), swap=True),  # "a mobilisé des investisseurs"
    "recueillir": Frame("invests-in", obj=("auprès",), swap=True),
    "collecter": Frame("invests-in", obj=("auprès",), swap=True),
    "racheter": _ACQUIRE, "acquérir": _ACQUIRE, "acheter": _ACQUIRE, "absorber": _ACQUIRE,
    "payer": Frame("acquires", obj=("pour",)),  # « a accepté de payer 500 millions pour Y »
    "se offrir": _ACQUIRE, "offrir": _ACQUIRE, "reprendre": _ACQUIRE, "avaler": _ACQUIRE,
    "se emparer": Frame("acquires", obj=("de",)),
    "utiliser": Frame("supplies", obj=(), buyer=True), "se appuyer": Frame("supplies", obj=(), buyer=True),
    "se approvisionner": Frame("supplies", obj=(), buyer=True), "se fournir": Frame("supplies", obj=(), buyer=True),
    "recourir": Frame("supplies", obj=(), buyer=True), "choisir": Frame("supplies", obj=(), buyer=True),
    "retenir": Frame("supplies", obj=(), buyer=True), "adopter": Frame("supplies", obj=(), buyer=True), "dépendre": Frame("supplies", obj=(), buyer=True), "vendre": Frame("acquires", obj=("à",), sale=True), "céder": Frame("acquires", obj=("à",), sale=True),
    "revendre": Frame("acquires", obj=("à",), sale=True),
    "se associer": _PARTNER, "associer": _PARTNER, "collaborer": _PARTNER, "coopérer": _PARTNER,
    "se allier": _PARTNER, "allier": _PARTNER, "nouer": Frame("partners-with", obj=("avec",)),
    "fournir": _SUPPLY, "approvisionner": _SUPPLY, "équiper": _SUPPLY, "alimenter": _SUPPLY,
    "livrer": Frame("supplies", obj=("à",)), "fabriquer": Frame("supplies", obj=("obj", "pour")), "produire": Frame("supplies", obj=("obj", "pour")),
    "développer": _DEVELOP, "concevoir": _DEVELOP, "éditer": _DEVELOP, "lancer": _CREATE, "publier": _DEVELOP,
    "dévoiler": _DEVELOP, "présenter": _DEVELOP, "sortir": _DEVELOP, "créer": _CREATE,
    "entraîner": _DEVELOP, "mettre au point": _DEVELOP, "commercialiser": _DEVELOP,
    "fonder": _FOUND, "cofonder": _FOUND, "co-fonder": _FOUND,
    "diriger": _LEAD, "présider": _LEAD, "piloter": _LEAD, "gérer": _LEAD,
    "poursuivre": _SUE, "attaquer": _SUE, "assigner": _SUE, "traîner en justice": _SUE,
    "accuser": _ACCUSE, "reprocher": Frame("accuses", obj=("à",)), "sanctionner": _ACCUSE,
    "posséder": _OWN, "contrôler": _OWN, "détenir": _OWN,
    "appartenir": Frame("owns", obj=("à",), swap=True),
    "concurrencer": Frame("competes-with"), "rivaliser": _COMPETE, "affronter": Frame("competes-with"),
    "compéter": _COMPETE, "concourir": _COMPETE,
}
ROUND_VERBS = {"mener": Frame("invests-in"), "emmener": Frame("invests-in"), "conduire": Frame("invests-in"),
               "participer": Frame("invests-in", obj=("à",)), "piloter": Frame("invests-in"),
               "rejoindre": Frame("invests-in"), "diriger": Frame("invests-in")}
# l'argent apporté à un tour de table est un investissement dans sa société :
# "X apporte 30 millions au tour de table", "X a injecté 10 millions dans la levée"
_CONTRIBUTE = Frame("invests-in", obj=("à", "dans", "pour"))
ROUND_VERBS.update({v: _CONTRIBUTE for v in ("apporter", "injecter", "mettre", "engager", "fournir",
                                             "contribuer", "souscrire", "investir")})

# « X mettra 4,5 millions de dollars dans Y », « a injecté des milliards dans Y »
MONEY_NOUNS = frozenset({"milliard", "milliards", "million", "millions", "argent", "capitaux", "dollar", "dollars",
                         "euro", "euros"})  # (not "fonds", "capital": "un fonds géré par X" is no money)
MONEY_PREPS = frozenset({"dans", "à"})
GO_VERBS = frozenset({"aller", "bénéficier"})  # « l'investissement ira à Y »
WITHIN_NOUNS = frozenset({"sein", "capital"})  # « sa participation au sein de Y, au capital de Y »
BOARD_NOUNS = frozenset({"conseil", "directoire"})  # « président du conseil d'administration de Y »
ROUND_TALKS = frozenset({"négocier", "discuter", "négociation", "négociations", "discussion", "discussions",
                         "pourparlers"})  # « X négocie avec Y pour un tour de table » : Y investirait
# (with the forms the small model leaves unlemmatised)
SAY_VERBS = frozenset({"selon", "indiquer", "indique", "indiqué", "préciser", "précise", "précisé", "annoncer", "annonce",
                       "annoncé", "affirmer", "affirme", "affirmé", "expliquer", "explique", "expliqué", "déclarer",
                       "déclare", "déclaré", "ajouter", "ajoute", "ajouté", "souligner", "souligne", "souligné",
                       "confirmer", "confirme", "confirmé", "rapporter", "rapporte", "rapporté", "écrire", "écrit",
                       "assurer", "assure", "assuré", "communiquer", "communique", "communiqué"})
VIA_PREPS = frozenset({"via"})  # « A, le patron de Y via la société Z » : Z investit
DEMONSTRATIVES = frozenset({"celle", "celui", "celles", "ceux"})  # « la plus importante étant celle de Y »
ADD_VERBS = frozenset({"ajouter"})  # « l'investissement de X dans Y s'ajoute à celui de Z »
INVESTED_DEALS = frozenset({"partenariat", "alliance", "collaboration"})  # pas une coentreprise : une société

NOUNS = {
    "investissement": Frame("invests-in", obj=("dans", "en"), subj=("de", "par")),
    "participation": Frame("invests-in", obj=("dans", "à", "de"), subj=("par",)),
    "prise de participation": Frame("invests-in", obj=("dans",), subj=("de",)),
    "financement": Frame("invests-in", obj=("de",), subj=("par",)),
    "soutien": Frame("invests-in", obj=("à",), subj=("de",)),
    "appui": Frame("invests-in", obj=("à",), subj=("de",)),
    "levée": Frame("invests-in", obj=("auprès",), swap=True),
    # « le lancement de Y par X », « sa sortie de Y » : seulement avec leur propre sujet
    "lancement": Frame("develops", obj=("de",), subj=("par",), climb=False),
    "sortie": Frame("develops", obj=("de",), subj=("par",), climb=False),
    "dévoilement": Frame("develops", obj=("de",), subj=("par",), climb=False),
    "rachat": Frame("acquires", obj=("de",), subj=("par",)),
    "acquisition": Frame("acquires", obj=("de",), subj=("par",)),
    "achat": Frame("acquires", obj=("de",), subj=("par",)),
    "reprise": Frame("acquires", obj=("de",), subj=("par",)),
    "partenariat": Frame("partners-with", obj=("avec",)),
    "alliance": Frame("partners-with", obj=("avec",)),
    "accord": Frame("partners-with", obj=("avec",)),
    "protocole": Frame("partners-with", obj=("avec",)),  # « un protocole d'accord avec Y »
    "force": Frame("partners-with", obj=("avec",), gov=("unir", "joindre")),  # « X et Y unissent leurs forces »
    "équipe": Frame("partners-with", obj=("avec",), gov=("faire",)),  # « X fait équipe avec Y »
    "collaboration": Frame("partners-with", obj=("avec",)),
    "coentreprise": Frame("partners-with", obj=("avec",)),
    "contrat": Frame("supplies", obj=("avec",)),
    "appel": Frame("supplies", obj=("à",), gov=("faire",), buyer=True),  # « fait appel aux services de X »
    "accès": Frame("supplies", obj=("à",), gov=("avoir", "obtenir", "gagner"), buyer=True),
    "plainte": Frame("sues", obj=("contre",), subj=("de",)),
    "procès": Frame("sues", obj=("contre", "à"), subj=("de",)),
    "poursuite": Frame("sues", obj=("contre",), subj=("de",)),
    "action": Frame("sues", obj=("contre",), subj=("de",)),
    "accusation": Frame("accuses", obj=("contre",), subj=("de",)),
    # « infliger une amende à X » : une sanction accuse sa cible
    "amende": Frame("accuses", obj=("à",), gov=("infliger", "imposer")),
    "sanction": Frame("accuses", obj=("à", "contre"), gov=("infliger", "prononcer", "imposer")),
    "concurrence": Frame("competes-with", obj=("avec", "de", "à")),  # « fait concurrence à Y »
    "capital": Frame("invests-in", obj=("de",), gov=("prendre", "entrer", "détenir", "acquérir",
                                                    "racheter", "monter", "posséder", "obtenir")),
    "part": Frame("invests-in", obj=("à",), gov=("prendre",)),
    "partie": Frame("owns", obj=("de",), swap=True, gov=("faire",)),  # « Y fait partie du groupe X »
    # une part d'une entreprise détenue ou achetée : « détient 10 % d'Y » (plus de la moitié : owns)
    "%": Frame("invests-in", obj=("de",), gov=("prendre", "détenir", "acquérir", "racheter", "posséder",
                                              "acheter", "obtenir")),
    "contrôle": Frame("acquires", obj=("de",), gov=("prendre", "obtenir", "acquérir", "racheter")),
    "main": Frame("acquires", obj=("sur",), gov=("mettre",)),
    "offre": Frame("acquires", obj=("sur", "pour"), subj=("de",), status="announced"),
    "opa": Frame("acquires", obj=("sur",), subj=("de",), status="announced"),
    # « sa vente à Globex », « la cession d'Initech à Globex » : subj introduit ce qui est vendu
    "vente": Frame("acquires", obj=("à",), subj=("de",), sale=True),
    "cession": Frame("acquires", obj=("à",), subj=("de",), sale=True),
}
# "des start-up dont X et Y", "des investisseurs comme X": a list naming the noun's members
INCLUDING = {"dont", "comme", "notamment", "parmi", "tels que", "telles que", "tel que", "telle que"}
FROM_PREPS = {"auprès", "chez", "à"}
GENITIVE = {"de"}
# nouns a role hangs from: "nommé au poste de directeur", "fait partie des investisseurs de X"
POST_NOUNS = {"poste", "fonction", "rôle", "partie", "tête", "nombre", "rang", "un", "une"}  # "l'un des rivaux de Y"
BETWEEN = {"entre", "parmi"}

ROLES = {
    "pdg": Frame("leads", obj=("de", "chez")), "dg": Frame("leads", obj=("de", "chez")),
    "patron": Frame("leads", obj=("de",)), "patronne": Frame("leads", obj=("de",)),
    "président": Frame("leads", obj=("de",)), "présidente": Frame("leads", obj=("de",)),
    "président-directeur": Frame("leads", obj=("de",)), "présidente-directrice": Frame("leads", obj=("de",)),
    "directeur": Frame("leads", obj=("de",)), "directrice": Frame("leads", obj=("de",)),
    "dirigeant": Frame("leads", obj=("de",)), "dirigeante": Frame("leads", obj=("de",)),
    "ceo": Frame("leads", obj=("de", "chez")), "tête": Frame("leads", obj=("de",)),  # "à la tête de Y"
    "rênes": Frame("leads", obj=("de",)),  # "prend les rênes de Y"
    "direction": Frame("leads", obj=("de",)),  # "prend la direction de Y", "à la direction de Y"
    "fondateur": Frame("founded", obj=("de",)), "fondatrice": Frame("founded", obj=("de",)),
    "cofondateur": Frame("founded", obj=("de",)), "cofondatrice": Frame("founded", obj=("de",)),
    "co-fondateur": Frame("founded", obj=("de",)), "co-fondatrice": Frame("founded", obj=("de",)),
    "équipe fondatrice": Frame("founded", obj=("de",)),  # « fait partie de l'équipe fondatrice de Y »
    "équipe de fondateur": Frame("founded", obj=("de",)),  # « de l'équipe de fondateurs de Y »
    "créateur": Frame("develops", obj=("de",)), "créatrice": Frame("develops", obj=("de",)),
    "concepteur": Frame("develops", obj=("de",)), "développeur": Frame("develops", obj=("de",)),
    "éditeur": Frame("develops", obj=("de",)), "auteur": Frame("develops", obj=("de",)),
    "autrice": Frame("develops", obj=("de",)),
    "propriétaire": Frame("owns", obj=("de",)), "maison mère": Frame("owns", obj=("de",)),
    "mère": Frame("owns", obj=("de",)), "filiale": Frame("owns", obj=("de",), swap=True),
    "propriété": Frame("owns", obj=("de",), swap=True),
    "division": Frame("owns", obj=("de",), swap=True), "unité": Frame("owns", obj=("de",), swap=True),
    "bras": Frame("owns", obj=("de",), swap=True),  # "le bras financier de Y"
    "investisseur": Frame("invests-in", obj=("de", "dans")),
    "actionnaire": Frame("invests-in", obj=("de",)),
    "bailleur de fonds": Frame("invests-in", obj=("de",)),  # (a head, its preposition and its noun)
    "partie prenante": Frame("invests-in", obj=("de",)),  # « X est aussi partie prenante » (du tour de table)
    "concurrent": Frame("competes-with", obj=("de",)), "rival": Frame("competes-with", obj=("de",)),
    "challenger": Frame("competes-with", obj=("de",)), "adversaire": Frame("competes-with", obj=("de",)),
    "concurrente": Frame("competes-with", obj=("de",)), "rivale": Frame("competes-with", obj=("de",)),
    "fournisseur": Frame("supplies", obj=("de",)),
    "client": Frame("supplies", obj=("de",), swap=True),  # « X est client de Y » : Y fournit X
    "cliente": Frame("supplies", obj=("de",), swap=True),
    "partenaire": Frame("partners-with", obj=("de",)),  # « X, partenaire de Y », « X est partenaire de Y »
}

_ORG = ("Organization",)
ANAPHORS = {w: _ORG for w in (
    "entreprise", "société", "groupe", "start-up", "startup", "pousse", "firme", "géant",
    "laboratoire", "labo", "éditeur", "fabricant", "opérateur", "constructeur", "fondeur",
    "spécialiste", "champion", "licorne", "compagnie", "plateforme", "concepteur", "développeur",
    "équipementier", "fonds", "banque", "assureur", "journal", "quotidien", "pépite", "incubateur")}
PRONOUNS = {"il": ("Organization", "Person"), "elle": ("Organization", "Person"),
            "son": _ORG, "sa": _ORG, "ses": _ORG, "lui": ("Organization", "Person"),
            # object clitics ("la presse la cite"), read only when tagged as pronouns
            "la": ("Organization", "Person"), "le": ("Organization", "Person"),
            "l'": ("Organization", "Person"), "l’": ("Organization", "Person")}
# les descriptions d'une jeune entreprise : « la start-up » préfère celle que l'article finance ou appelle ainsi
STARTUP_NOUNS = frozenset({"start-up", "startup", "pousse", "pépite", "licorne"})
# des descriptions d'un même genre désignent une seule entité dès que l'article en nomme une :
# « l'autorité, appelée X » ... « le régulateur » ; « un fonds baptisé X » ... « le partenariat »
KINDS = {"agence": "regulator", "autorité": "regulator", "régulateur": "regulator", "gendarme": "regulator",
         "fonds": "fund", "partenariat": "fund", "véhicule": "fund"}

ORG_WORDS = {"capital", "ventures", "partners", "labs", "lab", "ai", "ia", "technologies", "group",
             "groupe", "holding", "sa", "sas", "robotics", "software", "cloud", "bank", "banque",
             "fund", "fonds", "investissements", "systems", "research", "foundation", "fondation",
             "times", "news", "analytics", "io"}

RELATIVES = {"qui", "que", "qu'", "lequel", "laquelle", "lesquels", "lesquelles", "dont", "duquel", "desquels",
             "desquelles", "auquel", "auxquels", "auxquelles"}
INCLUDE_VERBS = {"être", "compter", "comprendre", "inclure", "figurer"}
# les formes de « compter » (« X compte A parmi ses actionnaires »), que l'étiqueteur prend parfois pour un nom
COUNT_FORMS = frozenset({"compte", "comptent", "comptait", "comptaient", "comptera", "compteront", "compterait"})
# « développer ensemble » : les sujets coordonnés s'associent
JOINTLY = frozenset({"ensemble", "conjointement"})
# la part de « détenue à 60 % par X » (lemme de « % » : « pourcent »)
PERCENT_WORDS = frozenset({"%", "pourcent"})
COPULAS = {"être", "devenir", "rester", "demeurer"}
RELATIVES_OBJ = {"que", "qu'", "qu’"}
AND = {"et"}
OR = {"ou"}
FOR_PREPS = {"pour", "à"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}
PLURAL_COUNTS = {"deux": 2, "trois": 3}
COSUBJ_PREPS = {"avec", "côté"}
WITH_PREPS = {"avec"}  # the plain comitative, which may hang on anything
CONDITIONALS = {"si", "s'", "s’"}
ROUND_NOUNS = {"tour", "levée", "table", "opération", "série",
               "cycle de financement", "cycle de investissement", "tour de financement"}  # ("d'" read "de")
ROUND_PREPS = {"de", "dans", "pour"}
ARM_NOUNS = {"bras", "division", "filiale", "fonds", "branche", "entité", "véhicule"}
JOIN_VERBS = {"rejoindre"}
RAISE_VERBS = {"lever", "mobiliser", "recueillir", "collecter", "boucler", "réaliser", "finaliser", "annoncer", "conclure"}
FACE_VERBS = frozenset({"affronter", "subir", "recevoir", "essuyer", "viser"})
TAKE_VERBS = frozenset({"prendre", "reprendre"})
MAKE_VERBS = frozenset({"faire"})
REPORT_NOUNS = frozenset({"information", "rumeur", "spéculation", "affirmation", "bruit", "article"})
MAJORITY = frozenset({"majoritaire", "contrôle"})  # « actionnaire majoritaire », « participation de contrôle »
RECEIVE_VERBS = {"recevoir", "obtenir", "bénéficier", "décrocher", "sécuriser", "attirer", "accepter", "percevoir"}
TALK_NOUNS = {"discussion", "négociation", "projet", "intention", "volonté", "offre", "accord", "plan"}
NAMING = {"baptiser", "appeler", "nommer", "baptisé", "appelé", "nommé", "dénommer"}

# ce qu'une entreprise fournit à une autre : « s'appuie sur les puces de X », « les services cloud de X »
SUPPLY_GOODS = {"puce", "puces", "gpu", "processeur", "processeurs", "semi-conducteur", "semi-conducteurs",
                "accélérateur", "cloud", "service", "services", "plateforme", "infrastructure", "infrastructures",
                "serveur", "serveurs", "calcul", "capacité", "capacités", "matériel", "logiciel",
                "supercalculateur", "modèle", "modèles", "technologie", "technologies", "système", "systèmes",
                "centre de donnée", "centre de données"}  # un nom et son complément
# « un accord cloud avec X » : un accord pour des biens est une fourniture
BUILD_WORDS = frozenset({"construire", "déployer", "construction", "déploiement", "bâtir", "fabriquer", "produire"})  # "pour Y"
USE_NOUNS = frozenset({"utilisation", "usage"})  # "pour une utilisation dans les produits de Globex"
# les biens sur lesquels tournent les modèles d'une société lui sont fournis : « X entraîne ses modèles sur les puces de Y »
RUN_ON_VERBS = frozenset({"tourner", "entraîner", "héberger", "déployer", "fonctionner", "exécuter"})
ON_PREPS = frozenset({"sur"})
SUPPLY_DEALS = {"cloud", "calcul", "puce", "puces", "infrastructure", "approvisionnement", "fourniture",
                "hébergement"}

# « pour bloquer le rachat » : les noms de l'acquisition dont l'article a parlé
DEAL_NOUNS = {"accord", "fusion", "rachat", "acquisition", "opération", "vente", "transaction", "offre"}

SEAT_NOUNS = {"siège", "quartier général"}
BASED_SUFFIX = {"based"}
HYPHEN_SUFFIXES = {"backed": "invests-in", "owned": "owns"}  # English loans in French news
BASED_VERBS = {"baser", "basé", "installer", "installé", "implanter", "implanté", "établir",
               "domicilier", "situer", "siéger"}
BASED_PREPS = {"à", "en", "au", "dans"}

CUE_NOUNS = {"modèle": "Product", "modèles": "Product", "chatbot": "Product", "assistant": "Product",
             "agent": "Product", "puce": "Product", "processeur": "Product", "application": "Product",
             "logiciel": "Product", "projet": "Project", "programme": "Project", "llm": "Product"}
CUE_NOUNS_AFTER = set()
CUE_LINKS = {"baptisé", "baptisée", "appelé", "appelée", "nommé", "nommée", "dénommé", "dénommée"}
# nouns whose name may follow after "de" + a cue noun: "la famille de modèles X"
CONTAINERS = {"famille", "gamme", "série", "suite", "version", "génération", "ligne"}
NOT_NAMES = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
             "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre", "image", "source", "selon", "voici", "pdg", "dg",
             "série", "big tech", "french tech", "intelligence artificielle", "état", "etat", "l'état", "l’état",
             "ia générative"}
# des personnes par leur métier : « d'anciens chercheurs de Hooli » ne sont pas Hooli
PERSON_NOUNS = frozenset({"chercheur", "chercheurs", "chercheuse", "chercheuses", "ingénieur", "ingénieurs",
                          "ingénieure", "ingénieures", "scientifique", "scientifiques", "salarié", "salariés",
                          "salariée", "salariées", "employé", "employés", "employée", "employées", "cadre",
                          "cadres", "développeur", "développeurs", "développeuse", "entrepreneur",
                          "entrepreneurs", "entrepreneuse", "ancien", "anciens", "ancienne", "anciennes"})
EMPLOYER_PREPS = frozenset({"de", "chez"})
# noms communs écrits avec une majuscule (titres, listes, style maison): pas un nom à eux seuls
GENERIC_WORDS = frozenset({
    "startup", "startups", "start-up", "start-ups", "pousse", "rival", "rivaux", "tech", "vc", "llm", "llms",
    "gpu", "gpus", "cpu", "api", "genai", "agi", "ia", "ai", "saas", "application", "puce", "puces",
    "cloud", "entreprise", "société", "groupe", "firme", "licorne", "investisseur", "investisseurs",
    "gouvernement", "état", "etat", "régulateur", "internet", "web", "données", "logiciel", "modèle",
    "modèles", "plateforme", "agent", "agents", "chatbot", "assistant", "chat", "fonds",
    "intelligence", "artificielle", "générative", "numérique", "r&d", "rgpd", "ipo", "opa", "pme", "eti"})
TITLE_WORDS = frozenset({
    "pdg", "dg", "ceo", "cto", "coo", "cfo", "président", "présidente", "directeur", "directrice",
    "président-directeur", "présidente-directrice", "fondateur", "fondatrice", "fondateurs", "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice",
    "ministre", "secrétaire", "délégué", "déléguée", "vice-président", "vice-présidente", "patron",
    "patronne", "chef", "conseiller", "conseillère", "porte-parole", "avocat", "avocate", "professeur",
    "professeure", "dirigeant", "dirigeante", "responsable", "ex-pdg"})
TITLE_MODIFIERS = frozenset({"général", "générale", "adjoint", "adjointe", "ancien", "ancienne", "ex",
                             "exécutif", "exécutive", "senior", "associé", "associée", "délégué", "déléguée"})
HONORIFICS = frozenset({"m", "mm", "mme", "mmes", "mlle", "me", "maître", "maitre", "dr", "pr", "docteur"})
REGION_ABBREVIATIONS = frozenset()  # (le français écrit « Waterloo (Ontario) »)
# "le Syndicat national des éditeurs de jeux", "l'Autorité des marchés numériques": tête capitalisée, adjectifs, compléments
ORG_HEADS = frozenset({
    "syndicat", "autorité", "caisse", "institut", "université", "conseil", "chambre", "commission",
    "fondation", "agence", "banque", "fédération", "association", "union", "comité", "ministère", "office",
    "observatoire", "centre", "cour", "tribunal", "école", "société", "compagnie", "collectif", "alliance",
    "mission", "direction", "secrétariat", "parlement", "assemblée", "sénat", "organisation",
    "laboratoire", "académie", "confédération", "mouvement", "réseau", "régie", "établissement",
    "délégation", "inspection", "haut-commissariat", "conservatoire", "groupement", "consortium",
    "fonds", "mutuelle", "bourse", "ordre", "cercle", "club"})
NAME_LINKS = frozenset({"de", "du", "des", "d'", "d’", "en", "et"})
# "au Foo", "du Foo": "Le Foo" after "à", "de"
CONTRACTIONS = {"au": "le", "du": "le", "aux": "les", "des": "les"}
NAME_LOWER = True  # "Syndicat national des éditeurs de jeux": the name goes on in lower case
NAME_SUFFIXES = frozenset({
    "ventures", "capital", "partners", "labs", "lab", "research", "holdings", "investments", "foundation",
    "fund", "management", "technologies", "technology", "systems", "robotics", "networks", "semiconductor",
    "company", "investissements", "industries", "solutions"})
# mots d'une lettre : jamais le nom d'une société appelée « H » ("A" pour "À", "Y" de "Y a-t-il")
LETTER_WORDS = frozenset({"a", "à", "y", "ô", "o"})
# les noms qu'une lettre désigne : "série B", "type A", "plan B", "actions de catégorie A"
LETTER_NOUNS = frozenset({"série", "tour", "classe", "type", "plan", "catégorie", "groupe", "vitamine", "option",
                          "section", "partie", "phase", "étape", "niveau", "point", "lettre", "génération",
                          "modèle", "version", "équipe", "unité", "bloc", "aile", "annexe", "article", "pilier"})
GOVERNMENT_NOUNS = frozenset({"gouvernement"})
# le nom d'une société + l'un de ces mots nomme une de ses unités, pas un produit : "Globex Cloud"
UNIT_WORDS = frozenset({"cloud", "research", "services", "service", "foundation", "fondation", "studios",
                        "studio", "health", "santé", "security", "energy", "énergie", "media", "média", "news",
                        "web"})
PRODUCT_WORDS = frozenset({"pro", "max", "mini", "ultra", "plus", "lite", "turbo", "flash", "nano", "air"})
# titres écrits devant un nom ("le PDG Jean Roux", "Directeur général Marie Lenoir")
TITLES = frozenset({"pdg", "dg", "ceo", "cfo", "cto", "coo", "président", "présidente", "directeur", "directrice",
                    "président-directeur", "présidente-directrice",
                    "fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice",
                    "patron", "patronne", "vice-président", "vice-présidente", "dirigeant", "dirigeante",
                    "me", "maître", "dr", "docteur", "pr", "professeur", "m.", "mme"})
# ce qui fait d'un titre autre chose que la direction : "directeur financier", "vice-président"
SIDE_TITLES = frozenset({"financier", "financière", "technique", "juridique", "commercial", "commerciale",
                         "marketing", "scientifique", "technologique", "numérique", "opérationnel",
                         "opérationnelle", "adjoint", "adjointe", "délégué", "déléguée", "vice",
                         "vice-président", "vice-présidente", "cto", "cfo", "coo", "régional", "régionale",
                         "artistique", "éditorial", "éditoriale"})
ROLE_NEEDS = {}
CONTEXT_TITLES = frozenset({"pdg", "ceo", "dg", "fondateur", "fondatrice", "cofondateur", "cofondatrice",
                            "co-fondateur", "co-fondatrice", "fondateurs", "cofondateurs", "co-fondateurs"})
OF_PREPS = frozenset({"de"})  # the complement of a noun: "the appointment of X"
PRODUCT_HEADS = frozenset({"assistant", "chatbot", "agent", "modèle", "puce", "processeur", "application", "appli",
                           "logiciel", "plateforme", "service", "offre", "outil", "moteur", "navigateur", "produit",
                           "appareil", "smartphone", "téléphone", "casque", "système", "solution", "suite",
                           "robot", "llm", "api", "ia", "accélérateur", "console", "voiture", "gpu"})
# le bras d'investissement d'une entreprise, nommé d'après elle : "Globex Ventures" n'est pas "Globex"
ARM_WORDS = frozenset({"capital", "ventures", "venture", "investissements", "fondation", "fonds"})
OWNED_HEADS = frozenset({"chaîne", "enseigne", "marque", "filiale", "studio", "label", "réseau", "magasin",
                         "supermarché", "compagnie"})
BEHIND = frozenset({"derrière", "origine"})
PIT_VERBS = {}
RIVALRY_VERBS = frozenset({"mettre", "placer"})
INTEGRATE_VERBS = frozenset({"intégrer"})
INTO_PREPS = frozenset({"à", "dans", "au"})
NAME_NOUNS = frozenset({"nom"})
ENABLE_VERBS = frozenset({"permettre", "aider"})
AS_WELL_AS = frozenset({"ainsi que", "ainsi qu'", "ainsi qu’"})
AT_PREPS = frozenset({"à"})  # "at the helm of", "à la tête de"
AS_PREPS = frozenset({"comme", "en tant que"})  # "named X as CEO"
FORMER = frozenset({"ancien", "ancienne", "anciens", "anciennes", "ex", "ex-",
                    "auparavant", "précédemment", "anciennement", "autrefois"})  # (« qui dirigeait auparavant X »)
# (with the forms the small model leaves unlemmatised)
ORG_ROLES = frozenset({"auteur", "autrice"})  # "Globex, l'auteur de modèles comme A et B" ; d'une personne : des livres
FORMER_VERBS = frozenset({"quitter", "quitte", "quittent", "quitté", "quittée", "quittera", "quitterait",
                          "démissionner", "partir"})

# -- inflected forms --------------------------------------------------------
# The small French model often tags verbs as nouns or adjectives and leaves
# them unlemmatised ("investit", "rachetée"), so trigger verbs are also
# recognised by their inflected forms, generated here.
_IRREGULAR = {
    "acquérir": "acquiert acquièrent acquerra acquerront acquerrait acquerraient acquis acquise acquises "
                "acquérait acquéraient acquérant",
    "prendre": "prend prennent prendra prendront prendrait prendraient pris prise prises prenait prenant",
    "reprendre": "reprend reprennent reprendra reprendrait repris reprise reprises reprenait",
    "soutenir": "soutient soutiennent soutiendra soutiendront soutiendrait soutenu soutenue soutenus "
                "soutenues soutenait",
    "détenir": "détient détiennent détiendra détiendrait détenu détenue détenus détenues détenait",
    "concevoir": "conçoit conçoivent concevra concevrait conçu conçue conçus conçues concevait",
    "poursuivre": "poursuit poursuivent poursuivra poursuivrait poursuivi poursuivie poursuivis "
                  "poursuivies poursuivait",
    "offrir": "offre offrent offrira offrirait offert offerte offerts offertes offrait",
    "sortir": "sort sortent sortira sortirait sorti sortie sortis sorties sortait",
    "rejoindre": "rejoint rejoignent rejoindra rejoindrait rejointe rejoints rejoignait",
    "conduire": "conduit conduisent conduira conduirait conduite conduits conduisait",
}


def _inflect(verb: str) -> set[str]:
    """Present, imperfect, future, conditional and participle forms of a regular verb."""
    if verb in _IRREGULAR:
        return set(_IRREGULAR[verb].split())
    forms = set()
    if verb.endswith("er"):
        stem = verb[:-2]
        # "racheter" -> "rachète": an e before the last consonant takes a grave accent
        grave = stem[:-2] + "è" + stem[-1] if len(stem) > 2 and stem[-2] == "e" else stem
        for s in {stem, grave}:
            forms |= {s + "e", s + "es", s + "ent", s + "era", s + "eront", s + "erait", s + "eraient"}
        forms |= {stem + e for e in ("ons", "ez", "ait", "aient", "ant", "é", "ée", "és", "ées")}
        if stem.endswith(("c", "g")):  # lancer -> lançait, manger -> mangeait
            soft = stem[:-1] + ("ç" if stem.endswith("c") else "ge")
            forms |= {soft + "ait", soft + "aient", soft + "ant", soft + "ons"}
    elif verb.endswith("ir"):
        stem = verb[:-2]
        forms |= {stem + e for e in ("is", "it", "issons", "issez", "issent", "issait", "issaient",
                                     "ira", "iront", "irait", "iraient", "i", "ie", "ies", "issant")}
    return forms


FORMS = {}
for _verb in list(VERBS) + list(ROUND_VERBS):
    if " " not in _verb:
        for _form in _inflect(_verb):
            FORMS.setdefault(_form, _verb)
# un tour co-mené est mené : « une levée co-menée par X et Y »
FORMS.update({"co-" + f: "mener" for f in _inflect("mener")})

# function words of the frames, mentions and coreference
AGENT_PREPS = frozenset({"par"})
AUXILIARIES = frozenset({"avoir", "être"})
DEFINITE = frozenset({"le", "la", "les", "l'", "l’", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"})
EDGE_WORDS = frozenset({"le", "la", "les", "l'", "l’", "de", "d'", "du", "des"})
REFLEXIVES = frozenset({"se", "s'", "s’"})
# text right before an amount that makes it a valuation, not the amount of a deal
VALUATION = re.compile(r"(?:valoris\w*|capitalisation(?:\s+boursière)?|valuation)"
                       r"(?:\s+(?:à|de|d['’]))?(?:\s+(?:près\s+de|environ|plus\s+de))?\s*$", re.I)
PERFECT_AUX = frozenset({"avoir"})
# ce que les entreprises s'achètent et se fournissent : « achète des puces Acme » n'est pas un rachat d'Acme
GOODS_NOUNS = frozenset({"puce", "puces", "gpu", "processeur", "processeurs", "semi-conducteur", "semi-conducteurs",
                         "serveur", "serveurs", "accélérateur", "accélérateurs", "matériel", "logiciel", "logiciels",
                         "service", "services", "produit", "produits", "licence", "licences", "équipement",
                         "équipements", "composant", "composants", "capacité", "capacités", "infrastructure",
                         "infrastructures", "supercalculateur", "supercalculateurs", "système", "systèmes",
                         "outil", "outils", "carte", "cartes"})
MEMBER_PREPS = frozenset({"de", "chez"})  # « des équipes de X et Y » : de qui un nom de groupe est fait
# « la start-up derrière ChatGPT » : l'organisation développe le produit
MAKER_NOUNS = frozenset({"entreprise", "société", "start-up", "startup", "firme", "laboratoire", "groupe", "équipe"})
MAKER_PREPS = frozenset({"derrière"})
