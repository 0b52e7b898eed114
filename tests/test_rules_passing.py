"""Facts told in passing: titles, roles, products, rivalry and ownership mentioned on the
way ("Globex CEO Jane Doe", "Initech's Nimbus assistant", "one of Globex's rivals"), in
both languages, one small sentence each with the real models.

The names are made up (Globex, Initech, Hooli...); the sets are exact, so an extra
wrong fact fails as surely as a missing one.
"""
import pytest

from conftest import facts

pytestmark = pytest.mark.slow  # loads the real spaCy models

EN = [
    # -- titles before a name, their company named, possessed or left to the context
    ("On Monday, Globex chief Jane Doe said sales rose.", {("Jane Doe", "leads", "Globex")}),
    ("Globex Chief Executive Jane Doe said sales rose.", {("Jane Doe", "leads", "Globex")}),
    ("Globex reported higher sales. Its Chief Executive Officer Jane Doe said demand was strong.",
     {("Jane Doe", "leads", "Globex")}),
    ("Globex reported higher sales. CEO Jane Doe said demand was strong.", {("Jane Doe", "leads", "Globex")}),
    ("Initech AI founder and chief executive Jane Doe said the deal was fair.",
     {("Jane Doe", "founded", "Initech AI"), ("Jane Doe", "leads", "Initech AI")}),
    ("As part of the deal, Globex's three co-founders Jane Doe, John Roe and Paul Smith will sell shares.",
     {("Jane Doe", "founded", "Globex"), ("John Roe", "founded", "Globex"), ("Paul Smith", "founded", "Globex")}),
    ("Jane Doe founded Globex in 2015. Fellow co-founder John Roe left the company in 2020.",
     {("Jane Doe", "founded", "Globex"), ("John Roe", "founded", "Globex")}),
    ("Globex reported higher sales. Chief Executive Jane Doe has defended the company's approach.",
     {("Jane Doe", "leads", "Globex")}),
    ("Globex raised $10 million. Jane Doe is now CEO.", {("Jane Doe", "leads", "Globex")}),
    ("Jane Doe, at the helm of Globex since 2019, announced her departure.", {("Jane Doe", "leads", "Globex")}),
    ("Jane Doe has been at the helm of Globex since 2019.", {("Jane Doe", "leads", "Globex")}),
    # -- long appositions
    ("Jane Doe, the chairman and chief executive of Initech's owner, Globex, said the deal was fair.",
     {("Jane Doe", "leads", "Globex"), ("Globex", "owns", "Initech")}),
    # -- "as": appointments
    ("Globex said its founder was leaving. COO Jane Doe and CTO John Roe will be appointed as interim co-CEOs.",
     {("Jane Doe", "leads", "Globex"), ("John Roe", "leads", "Globex")}),
    ("Globex announced the appointment of Jane Doe as chief executive officer.", {("Jane Doe", "leads", "Globex")}),
    ("Jane Doe joined Globex as chief executive in 2020.", {("Jane Doe", "leads", "Globex")}),
    ("Globex is led by siblings Jane and Paul Martin, who run the company as CEO and president.",
     {("Jane Martin", "leads", "Globex"), ("Paul Martin", "leads", "Globex")}),
    ("John Roe co-founded Globex in 2015.", {("John Roe", "founded", "Globex")}),
    # -- a former role leads no more; a former founder still founded
    ("Former Globex chief executive Jane Doe joined Initech.", set()),
    ("Jane Doe, who stepped down as chief executive of Globex last year, joined Initech.", set()),
    ("Jane Doe, the former CEO and co-founder of Globex, joined Initech.", {("Jane Doe", "founded", "Globex")}),
    ("Globex reported a loss. Founder Jane Doe stepped down as CEO in October.",
     {("Jane Doe", "founded", "Globex")}),
    ("Globex co-founder and former CEO Jane Doe joined Initech.", {("Jane Doe", "founded", "Globex")}),
    ("Former Globex co-founder and CEO Jane Doe joined Initech.", {("Jane Doe", "founded", "Globex")}),
    ("Jane Doe was chief executive of Globex until 2020.", set()),
    ("Hooli said its rival Globex had cut prices.", {("Globex", "competes-with", "Hooli")}),
    ("President Emmanuel Macron met Jane Doe in Paris.", set()),
    ("The CEO Summit attracted Globex and Initech.", set()),
    # -- side functions lead nothing
    ("On Monday, Globex research chief Jane Doe said sales rose.", set()),
    ("Globex CFO Jane Doe said sales rose.", set()),
    ("Jane Doe, chief financial officer of Globex, said sales rose.", set()),
    ("Jane Doe, Globex's chief advisor, said sales rose.", set()),
    ("Jane Doe, a vice president of Globex, said sales rose.", set()),
    # -- products named with their maker
    ("Hooli will use Globex's Nimbus cloud services to train its models.",
     {("Globex", "develops", "Nimbus"), ("Globex", "supplies", "Hooli")}),
    ("Initech has integrated Globex's Nimbus assistant into its cars.", {("Globex", "develops", "Nimbus")}),
    ("Globex said its Nimbus and Zephyr offerings grew fast last year.",
     {("Globex", "develops", "Nimbus"), ("Globex", "develops", "Zephyr")}),
    ("Nimbus, Initech's chatbot, has ten million users.", {("Initech", "develops", "Nimbus")}),
    ("Hooli praised Cyberdyne's reduced capability Quasar chips.", {("Cyberdyne", "develops", "Quasar")}),
    ("Microsoft is investing billions in Initech and is working to bring the Nimbus chatbot to its Zephyr search "
     "engine.",
     {("Microsoft", "invests-in", "Initech"), ("Microsoft", "develops", "Zephyr")}),
    ("Hooli has sued Globex, accusing it of scraping millions of comments to train its chatbot, Nimbus.",
     {("Hooli", "sues", "Globex"), ("Hooli", "accuses", "Globex"), ("Globex", "develops", "Nimbus")}),
    ("Hooli claims that its Nimbus model beats Globex's Zeta-mini model in several benchmarks.",
     {("Hooli", "develops", "Nimbus"), ("Globex", "develops", "Zeta-mini")}),
    # -- compound descriptions: "the Nimbus maker"
    ("Nimbus maker Globex reported higher sales.", {("Globex", "develops", "Nimbus")}),
    ("Zephyr creator Initech raised $50 million from Accel.",
     {("Initech", "develops", "Zephyr"), ("Accel", "invests-in", "Initech")}),
    ("Hooli signed a deal with Quasar developer Cyberdyne.",
     {("Hooli", "partners-with", "Cyberdyne"), ("Cyberdyne", "develops", "Quasar")}),
    ("Globex posted record sales. The Nimbus maker also hired 300 engineers.", {("Globex", "develops", "Nimbus")}),
    ("Globex, the company behind Nimbus, raised $5 million.", {("Globex", "develops", "Nimbus")}),
    ("The creator of Zephyr, John Smith, left Hooli.", {("John Smith", "develops", "Zephyr")}),
    # -- rivalry
    ("Hooli is one of Globex's rivals.", {("Hooli", "competes-with", "Globex")}),
    ("Hooli reported higher sales. Globex is widely viewed as its chief competition.",
     {("Globex", "competes-with", "Hooli")}),
    ("Hooli, a challenger to Globex, raised $10 million.", {("Hooli", "competes-with", "Globex")}),
    ("The startup, Hooli, is a nascent challenger to Nimbus maker Globex.",
     {("Hooli", "competes-with", "Globex"), ("Globex", "develops", "Nimbus")}),
    ("Analysts see Globex as Hooli's main competitor.", {("Globex", "competes-with", "Hooli")}),
    ("Hooli faces competition from Globex.", {("Hooli", "competes-with", "Globex")}),
    ("The deal pits Hooli against Globex.", {("Hooli", "competes-with", "Globex")}),
    ("Hooli and Initech are vying to take on Globex.",
     {("Hooli", "competes-with", "Globex"), ("Initech", "competes-with", "Globex"),
      ("Hooli", "competes-with", "Initech")}),
    ("Hooli takes on Globex with its new chatbot.", {("Hooli", "competes-with", "Globex")}),
    # -- ownership told in passing
    ("Globex, which is behind the Nimbus and Zephyr chains, did not comment.",
     {("Globex", "owns", "Nimbus"), ("Globex", "owns", "Zephyr")}),
    ("The Helix developer, Cyberdyne, declined to comment.", {("Cyberdyne", "develops", "Helix")}),
    ("Initech's rival, Hooli, launched a new model.", {("Hooli", "competes-with", "Initech")}),
    ("Stark Industries is one of the biggest rivals of Wayne Enterprises.",
     {("Stark Industries", "competes-with", "Wayne Enterprises")}),
    ("Norman Osborn, the founder and chairman of Oscorp, denied the report.",
     {("Norman Osborn", "founded", "Oscorp"), ("Norman Osborn", "leads", "Oscorp")}),
    ("Umbrella Ventures, an arm of Umbrella, invested in Hooli.",
     {("Umbrella", "owns", "Umbrella Ventures"), ("Umbrella Ventures", "invests-in", "Hooli")}),
    ("Globex's venture arm Vandelay Ventures invested in Hooli.",
     {("Globex", "owns", "Vandelay Ventures"), ("Vandelay Ventures", "invests-in", "Hooli")}),
    ("Globex's Initech unit reported a loss.", {("Globex", "owns", "Initech")}),
    ("Umbrella, the owner of Globex, Initech and Hooli, reported a loss.",
     {("Umbrella", "owns", "Globex"), ("Umbrella", "owns", "Initech"), ("Umbrella", "owns", "Hooli")}),
    # -- backing told in passing
    ("Hooli raised $5 million. The company, also backed by Globex and Initech, plans to hire.",
     {("Globex", "invests-in", "Hooli"), ("Initech", "invests-in", "Hooli")}),
    ("Globex-backed Hooli raised $5 million.", {("Globex", "invests-in", "Hooli")}),
    # -- products told in passing, round 2: codes, quoted names, a maker's name in the product's
    ("Jane Doe said that Initech's open-source Nimbus AI models changed the landscape.",
     {("Initech", "develops", "Nimbus")}),
    ("Hooli bought 2,000 of Globex's reduced capability Q800 chips.",
     {("Globex", "develops", "Q800"), ("Globex", "supplies", "Hooli")}),
    ("Globex's Q800 and Q900 chips are fast.", {("Globex", "develops", "Q800"), ("Globex", "develops", "Q900")}),
    ("Globex's new 2024 chips are fast.", set()),
    ("Globex said it would raise funds to help build its new \u201cNimbus 2\u201d QX50 reconfigurable data unit "
     "(RDU) compute engine.", {("Globex", "develops", "QX50")}),
    ("Globex said the first phase will run on the Globex Vega platform.", {("Globex", "develops", "Globex Vega")}),
    ("Globex Ventures said the first phase will run on the Globex Ventures platform.", set()),
    ("Globex is the author of several models such as Nimbus, Zephyr and Quasar.",
     {("Globex", "develops", "Nimbus"), ("Globex", "develops", "Zephyr"), ("Globex", "develops", "Quasar")}),
    ("Jane Doe is the author of Superintelligence.", set()),
    # a name defined as a product's, and the products a company integrates another's into
    ("Nimbus \u2014 that's the name of the chatbot developed by Globex \u2014 can now answer questions.",
     {("Globex", "develops", "Nimbus")}),
    ("The deal means Nimbus, the name of Globex's new chatbot, will get news.", {("Globex", "develops", "Nimbus")}),
    ("Jane Doe, the name of the founder, was kept secret.", set()),
    ("Globex will integrate Nimbus into Zephyr.", {("Globex", "develops", "Zephyr")}),
    ("Globex integrated the Nimbus model into Zephyr last year.", {("Globex", "develops", "Zephyr")}),
    ("Globex integrated Nimbus into Initech's Zephyr.", set()),
    # -- partners listed, the last with a long description ("A, B and UAE state-backed investor C")
    ("Globex, Initech and Canadian state-backed investor Vandelay Capital are partnering on a new fund.",
     {("Globex", "partners-with", "Initech"), ("Globex", "partners-with", "Vandelay Capital"),
      ("Initech", "partners-with", "Vandelay Capital"), ("Vandelay Capital", "based-in", "Canada")}),
    # -- rivalry, round 2: a headline in title case, "put X in competition with" a product's maker,
    # a list going on past an apposition ("as well as with"), "the startup" is the company funded
    ("Globex Pits Its Engineering Against Initech For Agentic AI\n\nGlobex raised money.",
     {("Globex", "competes-with", "Initech")}),
    ("Initech is pitted against Globex in the race.", {("Initech", "competes-with", "Globex")}),
    ("This partnership puts Globex in direct competition with other AI language models, such as Initech's "
     "Nimbus, as both companies vie to lead the way in AI innovation.", {("Globex", "competes-with", "Initech")}),
    ("Globex said it would put Initech in competition with Hooli.", {("Initech", "competes-with", "Hooli")}),
    ("Hooli is in competition with Globex and Initech, as well as with Umbrella, the parent of Vandelay.",
     {("Hooli", "competes-with", "Globex"), ("Hooli", "competes-with", "Initech"),
      ("Hooli", "competes-with", "Umbrella"), ("Umbrella", "owns", "Vandelay")}),
    ("Globex invested $1 billion in Initech. The startup is in fierce competition with its rivals Hooli and "
     "Umbrella.",
     {("Globex", "invests-in", "Initech"), ("Initech", "competes-with", "Hooli"),
      ("Initech", "competes-with", "Umbrella"), ("Hooli", "competes-with", "Initech"),
      ("Umbrella", "competes-with", "Initech")}),
    # -- partners told in passing: deals that enable a company, a maker described by its product
    ("He emphasized that licensing agreements with other AI firms, such as Globex and Initech, enable Hooli to "
     "enforce protections like content deletion rights.",
     {("Hooli", "partners-with", "Globex"), ("Hooli", "partners-with", "Initech")}),
    ("The partnership with Globex allows Initech to sell abroad.", {("Initech", "partners-with", "Globex")}),
    ("Globex's deal with Initech enables Hooli to grow.", {("Globex", "partners-with", "Initech")}),
    ("Globex launched Nimbus in 2020. The Nimbus maker has a partnership with Initech.",
     {("Globex", "develops", "Nimbus"), ("Globex", "partners-with", "Initech")}),
    # a speculation the same sentence denies is denied
    ("Globex launched Nimbus in 2020. Globex is not investing in Initech, people said, after weeks of "
     "speculation that the Nimbus maker would join Initech's funding round.", {("Globex", "develops", "Nimbus")}),
]

FR = [
    ("Jeanne Martin, PDG et fondatrice de Globex, a pris la parole.",
     {("Jeanne Martin", "leads", "Globex"), ("Jeanne Martin", "founded", "Globex")}),
    ("Globex a changé de direction. Le CEO et cofondateur Jean Roux reste aux commandes.",
     {("Jean Roux", "leads", "Globex"), ("Jean Roux", "founded", "Globex")}),
    ("Globex vise l'Europe, selon son PDG et fondateur, Jean Roux.",
     {("Jean Roux", "leads", "Globex"), ("Jean Roux", "founded", "Globex")}),
    ("De plus, Jean Roux, président de Globex, rejoindra le conseil d'administration d'Initech.",
     {("Jean Roux", "leads", "Globex")}),
    ("« C'est un drame, a déclaré Jean Roux, président et fondateur de Globex et vice-président du conseil "
     "d'administration d'Initech.", {("Jean Roux", "leads", "Globex"), ("Jean Roux", "founded", "Globex")}),
    ("Me Jeanne Martin, avocate et cofondatrice de Globex, une association, a porté plainte.",
     {("Jeanne Martin", "founded", "Globex")}),
    ("Il réunit de nombreux chercheurs, comme le professeur Jean Roux, un pionnier dans le domaine, à la tête "
     "de l'Institut Globex, le plus grand centre de recherche.", {("Jean Roux", "leads", "Institut Globex")}),
    ("Jean Roux est à la tête de Globex depuis 2019.", {("Jean Roux", "leads", "Globex")}),
    ("Globex est en tête du classement.", set()),
    ("Globex a levé 10 millions. Charles Roux, dernier fondateur passé par Stanford, est aujourd'hui CEO.",
     {("Charles Roux", "leads", "Globex")}),
    ("Selon son PDG Jean Roux, Globex va doubler ses effectifs.", {("Jean Roux", "leads", "Globex")}),
    ("Le directeur a assuré que deux des cofondateurs de Globex, le PDG Jean Roux et le chercheur Paul Petit, "
     "resteraient à bord.", {("Jean Roux", "founded", "Globex"), ("Paul Petit", "founded", "Globex"),
                             ("Jean Roux", "leads", "Globex")}),
    ("Seuls deux fondateurs restent : Jean Roux, le directeur technique, et Marie Lenoir, la patronne de Globex.",
     {("Marie Lenoir", "leads", "Globex")}),
    # -- ancien, ex-, quitter : plus de direction, la fondation reste
    ("Globex change de direction. Le CEO et cofondateur Jean Roux quitte l'entreprise.",
     {("Jean Roux", "founded", "Globex")}),
    ("Jean Roux, ancien PDG de Globex, a rejoint Initech.", set()),
    ("Le cofondateur et ancien PDG de Globex, Jean Roux, a rejoint Initech.", {("Jean Roux", "founded", "Globex")}),
    ("Jean Roux a quitté Globex, dont il était le PDG.", set()),
    ("Le président Emmanuel Macron a reçu Jean Roux.", set()),
    ("Jean Roux, l'ex-PDG de Globex, a rejoint Initech.", set()),
    # -- fonctions qui ne dirigent pas
    ("Jeanne Martin, directrice financière de Globex, a présenté les comptes.", set()),
    ("Jeanne Martin, directrice générale déléguée de Globex, a présenté les comptes.", set()),
    ("Jean Roux a cofondé Globex en 2015.", {("Jean Roux", "founded", "Globex")}),
    # -- produits nommés avec leur éditeur
    ("Hooli utilise les modèles Zephyr de Globex pour ses clients.",
     {("Globex", "develops", "Zephyr"), ("Globex", "supplies", "Hooli")}),
    ("Nimbus, le chatbot d'Initech, compte dix millions d'utilisateurs.", {("Initech", "develops", "Nimbus")}),
    ("Initech veut intégrer son assistant Nimbus dans les voitures.", {("Initech", "develops", "Nimbus")}),
    ("Globex a réorganisé ses équipes. Son assistant Nimbus compte désormais dix millions d'utilisateurs.",
     {("Globex", "develops", "Nimbus")}),
    ("Initech a intégré Nimbus, son assistant vocal, dans ses voitures.", {("Initech", "develops", "Nimbus")}),
    ("Avant ce rachat, Globex avait déjà lancé son propre modèle d'IA open source baptisé Nimbus.",
     {("Globex", "develops", "Nimbus")}),
    ("Le partenariat ouvre des perspectives, avec les services d'Initech sur la plateforme de cloud computing "
     "de Globex, Nimbus.", {("Globex", "develops", "Nimbus")}),
    ("Les auteurs accusent Globex d'entraîner ses systèmes et notamment Nimbus, son grand modèle linguistique "
     "(LLM).",
     {("Globex", "develops", "Nimbus")}),
    # the agent of a nominalisation hung on its object by the parse
    ("Le rachat d'Initech par Globex a surpris les analystes.", {("Globex", "acquires", "Initech")}),
    ("Pour Globex, l'accord représente un soutien de poids à sa division Initech.", {("Globex", "owns", "Initech")}),
    # -- descriptions : le créateur de, à l'origine de, l'éditeur de
    ("Le créateur de Nimbus, Globex, a levé 50 millions d'euros.", {("Globex", "develops", "Nimbus")}),
    ("Globex, à l'origine de Nimbus, a recruté 300 ingénieurs.", {("Globex", "develops", "Nimbus")}),
    ("Globex va ouvrir un bureau à Lyon. L'éditeur de Nimbus a recruté 300 ingénieurs.",
     {("Globex", "develops", "Nimbus")}),
    ("Le créateur de Zephyr, Jean Dupont, a quitté Hooli.", {("Jean Dupont", "develops", "Zephyr")}),
    # -- rivalité
    ("Hooli est citée comme un potentiel rival d'Initech, à l'origine de Nimbus.",
     {("Hooli", "competes-with", "Initech"), ("Initech", "develops", "Nimbus")}),
    ("Hooli doit faire face à ses rivaux Globex et Initech.",
     {("Globex", "competes-with", "Hooli"), ("Initech", "competes-with", "Hooli")}),
    ("Hooli a baissé ses prix face à son concurrent Globex.", {("Globex", "competes-with", "Hooli")}),
    ("Globex vise l'Europe. Initech, son principal concurrent, a levé 10 millions d'euros.",
     {("Initech", "competes-with", "Globex")}),
    ("Hooli est en concurrence avec Globex sur le marché du cloud.", {("Hooli", "competes-with", "Globex")}),
    ("Hooli rivalise avec Globex.", {("Hooli", "competes-with", "Globex")}),
    ("Hooli compète avec Globex dans le cloud.", {("Hooli", "competes-with", "Globex")}),
    ("Stark Industries est l'un des principaux concurrents de Wayne Enterprises.",
     {("Stark Industries", "competes-with", "Wayne Enterprises")}),
    ("Pepper Potts a été nommée directrice générale de Stark Industries en 2020.",
     {("Pepper Potts", "leads", "Stark Industries")}),
    # -- propriété en passant
    ("Umbrella, propriétaire de Globex, Initech et Hooli, a publié ses résultats.",
     {("Umbrella", "owns", "Globex"), ("Umbrella", "owns", "Initech"), ("Umbrella", "owns", "Hooli")}),
    ("Umbrella Capital, le bras financier d'Umbrella, a mené le tour de table.",
     {("Umbrella", "owns", "Umbrella Capital")}),
    ("La maison mère de Google, Alphabet, a publié ses résultats.", {("Alphabet", "owns", "Google")}),
    ("Globex, la maison mère d'Initech, a publié ses résultats.", {("Globex", "owns", "Initech")}),
    ("Hooli Ventures, une filiale de Hooli, a investi dans Globex.",
     {("Hooli", "owns", "Hooli Ventures"), ("Hooli Ventures", "invests-in", "Globex")}),
    # -- produits en passant, 2e tour : l'auteur de modèles, l'éditeur dans le nom, des codes
    ("Hooli est l'auteur de plusieurs modèles comme Zephyr 2, Small 3.1 ou Vega 3.",
     {("Hooli", "develops", "Zephyr 2"), ("Hooli", "develops", "Small 3.1"), ("Hooli", "develops", "Vega 3")}),
    ("Globex, l'auteur de plusieurs modèles comme Zephyr 2, Small 3.1 ou Vega 3, a levé 10 millions.",
     {("Globex", "develops", "Zephyr 2"), ("Globex", "develops", "Small 3.1"), ("Globex", "develops", "Vega 3")}),
    ("Jeanne Martin est l'autrice de Vega 3.", set()),
    # (a name of its own after the maker's is the product's whole name: tests/test_names.py)
    ("Globex a annoncé que la phase sera opérationnelle avec la plateforme Globex Vega.",
     {("Globex", "develops", "Vega")}),
    ("Initech prévoit l'utilisation de milliers de GPU Globex QB200 et QB300, a annoncé Globex.",
     {("Globex", "develops", "Globex QB200"), ("Globex", "develops", "QB300")}),
    ("Grâce à cet accord, \"Le Nuage\" - c'est le nom de l'outil conversationnel développé par Globex - va pouvoir "
     "s'appuyer sur les dépêches de l'agence.", {("Globex", "develops", "Le Nuage")}),
    ("Globex va intégrer Nimbus à Zephyr 2 avec Vega 18.",
     {("Globex", "develops", "Zephyr 2"), ("Globex", "develops", "Vega 18")}),
    # "la société à l'origine de Nimbus", hung on the verb: the company invested in, not the investor
    ("Selon la presse, Globex renforcerait sa participation au sein d'Initech. La firme de Mountain View envisage "
     "d'investir 1 milliard supplémentaire dans la société à l'origine du modèle d'IA Nimbus.",
     {("Globex", "based-in", "Mountain View"), ("Globex", "invests-in", "Initech"), ("Initech", "develops", "Nimbus")}),
    ("Globex, Initech et le fonds émirati Vandelay Capital s'associent pour créer un fonds.",
     {("Globex", "partners-with", "Initech"), ("Globex", "partners-with", "Vandelay Capital"),
      ("Initech", "partners-with", "Vandelay Capital"), ("Vandelay Capital", "based-in", "United Arab Emirates")}),
    # -- rivalité, 2e tour : la liste continue après une relative ("ainsi qu'avec"), "met X en
    # concurrence avec" le produit d'un autre, un pronom complément, "la start-up" financée
    ("Hooli est en forte concurrence avec ses rivaux Globex et Initech de Jean Roux, qui ont tous deux recruté "
     "des centaines d'ingénieurs, ainsi qu'avec Umbrella, la société mère de Vandelay, et Stark Industries.",
     {("Hooli", "competes-with", "Globex"), ("Hooli", "competes-with", "Initech"),
      ("Hooli", "competes-with", "Umbrella"), ("Hooli", "competes-with", "Stark Industries"),
      ("Globex", "competes-with", "Hooli"), ("Initech", "competes-with", "Hooli"), ("Umbrella", "owns", "Vandelay")}),
    ("Ce partenariat met Globex en concurrence directe avec d'autres modèles, comme le Nimbus d'Initech.",
     {("Globex", "competes-with", "Initech")}),
    ("L'accord met Globex en concurrence avec Initech.", {("Globex", "competes-with", "Initech")}),
    ("Mobiliser les plus grands acteurs démontre l'engouement suscité par Globex en moins d'un an. La presse "
     "américaine la cite déjà comme un potentiel rival d'Initech.", {("Globex", "competes-with", "Initech")}),
    ("Globex a investi 1 milliard d'euros dans Initech. La start-up est en concurrence avec ses rivaux Hooli et "
     "Umbrella.",
     {("Globex", "invests-in", "Initech"), ("Initech", "competes-with", "Hooli"),
      ("Initech", "competes-with", "Umbrella"), ("Hooli", "competes-with", "Initech"),
      ("Umbrella", "competes-with", "Initech")}),
    # -- partenaires en passant
    ("Il a souligné que les accords de licence avec d'autres entreprises, comme Globex et Initech, permettent à "
     "Hooli de protéger ses contenus.", {("Hooli", "partners-with", "Globex"), ("Hooli", "partners-with", "Initech")}),
    ("Globex a lancé Nimbus en 2020. Le créateur de Nimbus a signé un partenariat avec Initech.",
     {("Globex", "develops", "Nimbus"), ("Globex", "partners-with", "Initech")}),
]


@pytest.mark.parametrize("text,expected", EN)
def test_en(text, expected):
    assert facts(text, "en") == expected


@pytest.mark.parametrize("text,expected", FR)
def test_fr(text, expected):
    assert facts(text, "fr") == expected
