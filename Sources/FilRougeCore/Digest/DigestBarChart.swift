/// Horizontal bar charts as inline SVG: no script, no external file, drawn the same on screen, on
/// a projector and on paper. Each bar is split into coloured parts (colours set by the document's
/// CSS classes); its figures are also written in words, for screen readers and for the eye.
enum DigestBarChart {
    /// The bar's drawing units; parts are placed in whole units, so they always add up to the width.
    static let width = 1000

    /// One part of a bar: its share from 0 to 1, and the CSS class that colours it.
    struct Part {
        var share: Double
        var cssClass: String
    }

    /// A bar split into `parts`, left to right, over a grey track standing for the whole.
    /// - Parameter label: what the bar shows, in words.
    static func svg(_ parts: [Part], label: String) -> String {
        let title = HTMLText.escape(label)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar\" viewBox=\"0 0 \(width) 40\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(title)\">"
        svg += "<title>\(title)</title>"
        svg += "<rect class=\"track\" x=\"0\" y=\"0\" width=\"\(width)\" height=\"40\"/>"
        var cumulative = 0.0
        var start = 0
        for part in parts {
            cumulative += max(0, part.share)
            let end = min(width, Int((cumulative * Double(width)).rounded()))
            if end > start {
                svg += "<rect class=\"\(HTMLText.escape(part.cssClass))\" x=\"\(start)\" y=\"0\" width=\"\(end - start)\" height=\"40\"/>"
            }
            start = max(start, end)
        }
        return svg + "</svg>"
    }
}
