/// The French skeleton of `filrouge new`: comments and conversation in French.
enum FrenchScenarioSkeleton {
    static let template = #"""
# Nouveau scénario Fil Rouge, créé par `filrouge new` : une petite conversation complète, à
# transformer en la vôtre. Chaque clé est décrite dans docs/scenario-format.md.
#
#   filrouge check FICHIER     signale chaque problème, avec sa ligne et sa colonne
#   filrouge test FICHIER      note les exemples de réponses (clés `examples`)
#   filrouge play FICHIER      joue la conversation
#   filrouge graph FICHIER     dessine la carte des étapes (Graphviz ou Mermaid)

# Identifiant : lettres, chiffres, '-' et '_' ; les transcriptions portent ce nom.
id: "{{id}}"
# Affiché au début de la conversation.
title: "La librairie de Mme Page"
# fr ou en : comment les réponses sont lues (accents, élisions, radicaux) et langue de l'interface.
language: fr
# La version du scénario lui-même, entre guillemets.
version: "0.1"
# Facultatifs : l'auteur, et un paragraphe que `filrouge list` affiche.
author: "Votre nom"
description: >
  Mme Page, libraire de quartier, voit ses clients s'éloigner et hésite à se lancer sur internet.

# L'amie avec qui l'apprenant parle.
persona:
  name: "Mme Page"
  description: "Libraire depuis quinze ans, attachée à sa boutique, méfiante envers le numérique."

# Facultatif : le récit affiché avant la première étape.
opening: |
  Vous passez voir Mme Page dans sa librairie, un mardi en fin de journée. La boutique est vide.

# Facultatif : les seuils de score des niveaux good et partial (ici, les valeurs par défaut). Pour
# noter comme un correcteur, au nombre d'idées d'une réponse, écrire plutôt
# `bands: { ideas: { good: 2, partial: 1 } }` (voir « Bands by ideas » dans docs/scenario-format.md).
bands:
  good: 0.7
  partial: 0.4

# Facultatif : des nombres entiers que l'histoire retient, avec leur valeur de départ. Les étapes
# les font varier (clé `counters` d'une étape) et les conditions `when` les testent.
counters:
  confiance: 0

# Facultatif : des listes de mots-clés nommées, que plusieurs critères peuvent partager.
vocabulary:
  reseaux-sociaux:
    - réseaux sociaux
    # Une faute de frappe compte encore quand le mot est assez proche : « instagrm » vaut
    # « instagram » (voir « Typos » dans la documentation).
    - instagram
    - facebook

# Les questions, dans l'ordre. La conversation commence par la première (ou par celle que nomme
# la clé `start`).
steps:
  - id: diagnostic
    # Facultatif : ce que l'amie dit avant la question.
    says: |
      Mes habitués viennent moins souvent, et les jeunes ne poussent plus la porte.
    question: "À ton avis, pourquoi est-ce que je perds des clients ?"
    # La grille : les idées qu'une bonne réponse contient. Un mot-clé reconnaît toutes les formes
    # du mot (« demander » reconnaît « demande »), avec ou sans accents ; un `*` termine un préfixe ;
    # plusieurs mots forment une expression. `match` combine des mots-clés (all, any, near,
    # negated…), et un poids négatif décrit une idée fausse : voir docs/scenario-format.md.
    rubric:
      - concept: ecouter-les-clients
        label: "demander aux clients ce qu'ils attendent"
        keywords: ["demander", "écouter", "sondage", "questionnaire"]
        # Cette idée compte double ; sans elle, une réponse ne peut pas être `good`.
        weight: 2
        required: true
        # Le mot du coach quand l'idée est là, et quand elle manque.
        feedback: "Tu lui conseilles d'écouter ses clients."
        hint: "Qui sait le mieux pourquoi les clients partent ?"
      - concept: concurrence-en-ligne
        label: "la concurrence en ligne"
        keywords: ["concurren*", "amazon", "en ligne"]
        feedback: "Tu nommes la concurrence en ligne."
        hint: "Où les lecteurs achètent-ils leurs livres aujourd'hui ?"
    # La réaction de l'amie, par niveau ; une liste donne des variantes, tirées au hasard.
    reactions:
      good: "Tu as raison : je ne leur ai jamais demandé ce qu'ils voulaient."
      partial: ["C'est possible… mais par où commencer ?", "Hum, tu crois ?"]
      missed: "Je ne suis pas sûre de te suivre."
    # Données l'une après l'autre par /indice.
    hints:
      - "Pense à ceux qui pourraient te répondre : tes clients."
    # Posée une fois quand la réponse est partial ou missed ; les deux réponses sont notées ensemble.
    follow_up: "Et à ma place, tu ferais quoi en premier ?"
    # Par niveau, ce qu'on ajoute à chaque compteur.
    counters:
      good: { confiance: 1 }
      missed: { confiance: -1 }
    # La suite : les routes sont essayées dans l'ordre et la première dont le `when` est vrai est
    # prise ; une route sans `when` est toujours vraie. Sans route, on passe à l'étape suivante du
    # fichier, et après la dernière à `end`. `goto` nomme une étape, une fin ou `end`.
    routes:
      - when: { band: missed }
        goto: sceptique
      - goto: reseaux
    # Des exemples de réponses avec le résultat attendu : `filrouge test` les vérifie.
    examples:
      - reply: "Demande à tes clients ce qu'ils attendent : la concurrence en ligne les attire."
        band: good
        met: [ecouter-les-clients, concurrence-en-ligne]
      - reply: "Il faudrait demander leur avis à tes habitués."
        band: partial
        met: [ecouter-les-clients]
        missed: [concurrence-en-ligne]
      # Une idée dite seulement dans une négation ne compte pas : « pas besoin de demander »
      # ne recommande pas de demander.
      - reply: "Pas besoin de demander à tes clients : c'est la concurrence en ligne qui te les prend."
        band: missed
        met: [concurrence-en-ligne]
        missed: [ecouter-les-clients]

  - id: reseaux
    question: "Et les réseaux sociaux, ça servirait à quelque chose pour une librairie ?"
    rubric:
      - concept: reseaux-sociaux
        label: "être présente sur les réseaux sociaux"
        # Les mots-clés de l'entrée `reseaux-sociaux` de `vocabulary`.
        vocabulary: reseaux-sociaux
        feedback: "Tu l'encourages à se montrer sur les réseaux sociaux."
        hint: "Où ses futurs clients passent-ils leur temps ?"
      - concept: partager-ses-coups-de-coeur
        label: "partager ses coups de cœur"
        keywords: ["coup de cœur", "conseil*", "photo*"]
        feedback: "Tu lui proposes de partager ce qu'elle aime."
        hint: "Qu'est-ce qu'une libraire a de plus qu'Amazon ?"
    reactions:
      good: "Mes coups de cœur en photo… Ça me plaît beaucoup !"
      partial: "Pourquoi pas, mais qu'est-ce que je raconterais ?"
      missed: "Je ne vois pas ce que j'irais faire là-dedans."
    # Pas de `routes` : après la dernière étape vient `end`, qui choisit la fin ci-dessous.
    examples:
      - reply: "Oui ! Mets tes coups de cœur en photo sur Instagrm chaque semaine."
        band: good
        met: [reseaux-sociaux, partager-ses-coups-de-coeur]
      - reply: "Tu pourrais ouvrir une page Facebook."
        band: partial
      - reply: "Je n'ouvrirais pas de compte Instagram."
        band: missed
        missed: [reseaux-sociaux]

# Les fins. `end` prend la première dont le `when` est vrai (une fin sans `when` l'est toujours),
# et la dernière quand aucune ne l'est. Dans une fin, `band` et `score` portent sur le résultat
# d'ensemble : la moyenne des scores des étapes jouées.
endings:
  - id: convaincue
    when: { band: good, counters: { confiance: { min: 1 } } }
    says: "Merci ! Dès demain, je demande à mes clients ce qu'ils aimeraient, et je prends mes coups de cœur en photo."
  - id: sceptique
    says: "Merci d'être passé… Je vais y réfléchir, mais je ne suis pas encore convaincue."

# Des conversations entières, que `filrouge test` joue comme `filrouge play` : chaque tour dit
# l'étape où l'on doit en être et le niveau attendu (la réponse à la relance est un tour de la même
# étape, noté avec la réponse d'avant), et chaque chemin la fin qu'il doit atteindre. `command: hint`
# demande un indice, comme /indice.
paths:
  - name: convaincue
    turns:
      - step: diagnostic
        reply: "Demande à tes clients ce qu'ils attendent : la concurrence en ligne les attire."
        band: good
      - step: reseaux
        reply: "Oui ! Mets tes coups de cœur en photo sur Instagrm chaque semaine."
        band: good
    ending: convaincue
  - name: sceptique-des-le-debut
    turns:
      - step: diagnostic
        reply: "Je ne sais pas."
        band: missed
      - step: diagnostic
        command: hint
      - step: diagnostic
        reply: "Toujours pas d'idée."
        band: missed
    ending: sceptique
"""#
}
