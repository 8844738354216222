/// The English skeleton of `filrouge new`: comments and conversation in English.
enum EnglishScenarioSkeleton {
    static let template = #"""
# A new Fil Rouge scenario, written by `filrouge new`: a small but complete conversation to change
# into your own. Every key is described in docs/scenario-format.md.
#
#   filrouge check FILE     reports every problem, with its line and column
#   filrouge test FILE      grades the example replies (the `examples` keys)
#   filrouge play FILE      holds the conversation
#   filrouge graph FILE     draws the map of the steps (Graphviz or Mermaid)

# Identifier: letters, digits, '-' and '_'; transcripts are named after it.
id: "{{id}}"
# Shown when the conversation starts.
title: "Mrs Page's bookshop"
# fr or en: how replies are read (accents, contractions, word stems) and the interface's language.
language: en
# The scenario's own version, in quotes.
version: "0.1"
# Optional: who wrote it, and one paragraph that `filrouge list` shows.
author: "Your name"
description: >
  Mrs Page, who runs a neighbourhood bookshop, sees her customers drift away and wonders whether
  to go online.

# The friend the learner talks with.
persona:
  name: "Mrs Page"
  description: "A bookseller for fifteen years, fond of her shop, wary of all things digital."

# Optional: narration shown before the first step.
opening: |
  You drop in on Mrs Page at her bookshop, late on a Tuesday afternoon. The shop is empty.

# Optional: the score thresholds of the bands good and partial (these are the defaults). To band
# replies as a marker does, by how many ideas they state, write instead
# `bands: { ideas: { good: 2, partial: 1 } }` (see "Bands by ideas" in docs/scenario-format.md).
bands:
  good: 0.7
  partial: 0.4

# Optional: whole numbers the story keeps, with their starting values. Steps change them (a
# step's `counters` key) and `when` conditions test them.
counters:
  trust: 0

# Optional: named lists of keywords that several criteria can share.
vocabulary:
  social-media:
    - social media
    # A misspelt word still counts when it is close enough: "instagrm" meets "instagram" (see
    # "Typos" in the documentation).
    - instagram
    - facebook

# The questions, in order. The conversation starts with the first one (or with the one the
# `start` key names).
steps:
  - id: diagnosis
    # Optional: what the friend says before the question.
    says: |
      My regulars come in less often, and young people don't come through the door any more.
    question: "Why do you think I'm losing customers?"
    # The rubric: the ideas a good reply holds. A keyword matches every form of the word ("ask"
    # matches "asking"), whatever its capitals and accents; a `*` ends a prefix; several words make
    # a phrase. `match` combines keywords (all, any, near, negated…), and a negative weight
    # describes a misconception: see docs/scenario-format.md.
    rubric:
      - concept: ask-the-customers
        label: "ask the customers what they expect"
        keywords: ["ask", "listen", "survey", "questionnaire"]
        # This idea counts twice; a reply without it cannot be `good`.
        weight: 2
        required: true
        # The coach's word when the idea is there, and when it is missing.
        feedback: "You advise her to listen to her customers."
        hint: "Who knows best why the customers leave?"
      - concept: online-competition
        label: "the online competition"
        keywords: ["competit*", "amazon", "online"]
        feedback: "You name the online competition."
        hint: "Where do readers buy their books nowadays?"
    # The friend's reaction, by band; a list gives variants, one picked at random.
    reactions:
      good: "You're right: I never asked them what they wanted."
      partial: ["Maybe… but where would I start?", "Hmm, do you think so?"]
      missed: "I'm not sure I follow you."
    # Given one after the other by /hint.
    hints:
      - "Think of who could answer that question: your customers."
    # Asked once when the reply is partial or missed; both replies are then graded together.
    follow_up: "And in my place, what would you do first?"
    # By band, how much to add to each counter.
    counters:
      good: { trust: 1 }
      missed: { trust: -1 }
    # What comes next: routes are tried in order and the first whose `when` holds is taken; a route
    # without `when` always holds. Without routes, the story goes on to the next step of the file,
    # and after the last one to `end`. `goto` names a step, an ending or `end`.
    routes:
      - when: { band: missed }
        goto: sceptical
      - goto: social-media
    # Example replies with the outcome they must get: `filrouge test` checks them.
    examples:
      - reply: "Ask your customers what they expect: the online competition is attracting them."
        band: good
        met: [ask-the-customers, online-competition]
      - reply: "You should ask your regulars for their opinion."
        band: partial
        met: [ask-the-customers]
        missed: [online-competition]
      # An idea said only inside a negation does not count: "no need to ask" does not recommend
      # asking.
      - reply: "No need to ask your customers: online shops are taking them."
        band: missed
        met: [online-competition]
        missed: [ask-the-customers]

  - id: social-media
    question: "And social media, would that be any use to a bookshop?"
    rubric:
      - concept: social-media
        label: "be present on social media"
        # The keywords of the `social-media` entry of `vocabulary`.
        vocabulary: social-media
        feedback: "You encourage her to show herself on social media."
        hint: "Where do her future customers spend their time?"
      - concept: share-favourites
        label: "share her favourite books"
        keywords: ["favourite*", "recommend*", "photo*"]
        feedback: "You suggest she share what she loves."
        hint: "What does a bookseller have that Amazon doesn't?"
    reactions:
      good: "Photos of my favourite books… I love that!"
      partial: "Why not, but what would I post?"
      missed: "I can't see what I would do there."
    # No `routes`: after the last step comes `end`, which chooses one of the endings below.
    examples:
      - reply: "Yes! Post photos of your favourite books on Instagrm every week."
        band: good
        met: [social-media, share-favourites]
      - reply: "You could open a Facebook page."
        band: partial
      - reply: "I would not open an Instagram account."
        band: missed
        missed: [social-media]

# The endings. `end` takes the first whose `when` holds (an ending without `when` always does),
# and the last one when none does. In an ending, `band` and `score` are the overall result: the
# mean of the scores of the steps played.
endings:
  - id: convinced
    when: { band: good, counters: { trust: { min: 1 } } }
    says: "Thank you! Tomorrow I'll ask my customers what they'd like, and start photographing my favourites."
  - id: sceptical
    says: "Thanks for dropping by… I'll think about it, but I'm not convinced yet."

# Whole conversations, which `filrouge test` plays as `filrouge play` does: each turn says the step
# the conversation must be at and the band expected (the reply to the follow-up question is a turn
# at the same step, graded with the reply before it), and each path the ending it must reach.
# `command: hint` asks for a hint, as /hint does.
paths:
  - name: convinced
    turns:
      - step: diagnosis
        reply: "Ask your customers what they expect: the online competition is attracting them."
        band: good
      - step: social-media
        reply: "Yes! Post photos of your favourite books on Instagrm every week."
        band: good
    ending: convinced
  - name: sceptical-from-the-start
    turns:
      - step: diagnosis
        reply: "I don't know."
        band: missed
      - step: diagnosis
        command: hint
      - step: diagnosis
        reply: "Still no idea."
        band: missed
    ending: sceptical
"""#
}
