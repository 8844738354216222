/// The digest's style sheet, inlined in the document: large type and strong contrast for a
/// projector, and a print style for paper. Colours come from the Okabe–Ito palette, which
/// colour-blind readers can tell apart; every coloured bar also has its figures in words.
enum DigestStyle {
    static let css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        html { font-size: 24px; background: #fff; }
        body { margin: 0 auto; max-width: 62rem; padding: 2rem 2rem 4rem; color: #111; background: #fff;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.45; }
        h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .5rem; }
        h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 .8rem; padding-top: 1rem; border-top: 6px solid #111; }
        h2 .title { display: inline; }
        h2 .number { display: inline-block; min-width: 1.6em; margin-right: .4em; padding: 0 .3em; text-align: center;
          color: #fff; background: #111; border-radius: .2em; }
        h3 { font-size: 1.15rem; margin: 1.6rem 0 .6rem; }
        p { margin: .5rem 0; }
        .summary p { margin: .2rem 0; color: #222; font-size: .85rem; }
        .question { font-size: 1.15rem; font-weight: 600; margin: .6rem 0 1rem; padding: .3rem 0 .3rem 1rem; border-left: 8px solid #0072b2; }
        .answered { font-weight: 600; }
        .bar { display: block; width: 100%; height: 1.5rem; }
        .bar rect { stroke: #fff; stroke-width: 2px; vector-effect: non-scaling-stroke; }
        .bar rect.track { fill: #e3e3e3; stroke: none; }
        rect.good, .key.good { fill: #0072b2; background: #0072b2; }
        rect.partial, .key.partial { fill: #e69f00; background: #e69f00; }
        rect.missed, .key.missed { fill: #5b5b5b; background: #5b5b5b; }
        rect.met, .key.met { fill: #009e73; background: #009e73; }
        rect.negated, .key.negated { fill: #cc79a7; background: #cc79a7; }
        rect.misconception, .key.misconception { fill: #d55e00; background: #d55e00; }
        rect.ending, .key.ending { fill: #0072b2; background: #0072b2; }
        rect.quit, .key.quit { fill: #e69f00; background: #e69f00; }
        rect.unfinished, .key.unfinished { fill: #5b5b5b; background: #5b5b5b; }
        rect.score { fill: #009e73; }
        section.overview h2 { margin-top: 1.2rem; }
        .overview .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2.5rem; align-items: start; }
        .overview table { font-size: .8rem; }
        .overview table th.chart { width: 24%; }
        .overview table td { overflow-wrap: anywhere; }
        .legend { margin: .3rem 0 1rem; font-size: .9rem; }
        .legend span.item { display: inline-block; margin-right: 1.2em; white-space: nowrap; }
        .key { display: inline-block; width: .9em; height: .9em; margin-right: .3em; vertical-align: -.05em; border-radius: .15em; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; table-layout: fixed; }
        th.chart { width: 22%; }
        th.figure { width: 5.8em; }
        table.shares th.figure { width: 7.5em; }
        th, td { padding: .35rem .5rem; border-bottom: 2px solid #c8c8c8; text-align: left; vertical-align: middle; }
        th { border-bottom: 3px solid #111; }
        th.figure, td.figure { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .tag { font-size: .8em; font-weight: 600; }
        .tag.misconception { color: #a33c00; }
        figure.reply { margin: 1rem 0 1.4rem; }
        figure.reply figcaption { font-size: .9rem; margin-bottom: .3rem; }
        figure.reply blockquote { margin: 0; padding: .6rem 1rem; border-left: 8px solid #444; background: #f3f3f3; }
        figure.reply blockquote p { white-space: pre-line; }
        figure.reply.pinned blockquote { border-left-color: #0072b2; }
        .pinned-label { font-weight: 600; white-space: nowrap; padding: 0 .3em; color: #fff; background: #0072b2; border-radius: .2em; }
        .followup-label { font-style: italic; color: #333; }
        mark { color: #000; background: #ffd83d; padding: 0 .12em; border-radius: .15em; }
        mark.negated { background: #ead1e0; text-decoration: line-through; text-decoration-thickness: 2px; }
        mark.misconception { background: #f6c39f; }
        ol.missed { margin: .3rem 0 1rem; padding-left: 1.6em; }
        .none { font-style: italic; color: #333; }
        @media (max-width: 700px) { html { font-size: 16px; } body { padding: 1rem; } .overview .columns { grid-template-columns: 1fr; } }
        @page { margin: 15mm; }
        @media print {
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          html { font-size: 11pt; }
          body { max-width: none; padding: 0; }
          h2 { break-after: avoid; page-break-after: avoid; }
          section.step, section.endings, section.learners { break-before: page; page-break-before: always; }
          section.overview { break-inside: avoid; page-break-inside: avoid; }
          table, svg.bar { break-inside: avoid; page-break-inside: avoid; }
          table.learners { break-inside: auto; page-break-inside: auto; }
          figure.reply, tr { break-inside: avoid; page-break-inside: avoid; }
          figure.reply blockquote { background: none; border-left-color: #000; }
          mark { border: 1px solid #000; }
        }
        """
}
