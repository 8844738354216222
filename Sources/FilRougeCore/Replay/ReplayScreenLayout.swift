/// Which lines of a replay page a screen of `rows` rows shows, scrolled `offset` lines down.
///
/// A page that fits is shown whole, in order. A taller one is cut in two: at the top, lines that
/// stay (the heading, what the friend said and the question), then a window onto the rest (the
/// learners' turns), which scrolls. A facilitator scrolling through sixteen replies keeps the
/// question in sight, which is what the room is discussing.
///
/// The lines that stay take at most half the rows left by the footer, so that replies always
/// have room: when the heading, the friend's first words and the question are taller than that
/// (the long narration of a first page), the narration and the friend's first words scroll,
/// before the learners' turns, and the question stays; a question taller still keeps its first
/// lines at the top.
///
/// No terminal here: the player gives the rows and draws the lines.
public struct ReplayScreenLayout: Equatable, Sendable {
    /// The lines at the top, not scrolled; when the page is cut, the last is the blank line under
    /// the question (unless the question itself is cut).
    public let pinned: [String]
    /// Every line under them, of which `visible` are shown.
    public let scrolling: [String]
    /// How many rows the scrolling lines have on screen.
    public let scrollingRows: Int
    /// The first scrolling line shown, from 0, as far down as the page allows.
    public let offset: Int
    /// Whether the page is taller than the screen: then a line under the window says where it
    /// stands and how to scroll, and that line is counted here, not in the footer.
    public let overflows: Bool

    /// - Parameters:
    ///   - rows: the terminal's height.
    ///   - footerRows: the rows under the page (blank line, keys, the line for notices).
    ///   - offset: how many scrolling lines to skip; a value past the end is brought back, so
    ///     that a window made taller by a resize shows as much as it can.
    public init(page: ReplayPageLines, rows: Int, footerRows: Int, offset: Int) {
        let available = max(1, rows - footerRows)
        let whole = ReplayPageLines.joined([page.heading, page.lead, page.question, page.body])
        guard whole.count > available else {
            pinned = ReplayPageLines.joined([page.heading, page.lead, page.question])
            scrolling = Array(whole.dropFirst(pinned.count))
            scrollingRows = available - pinned.count
            self.offset = 0
            overflows = false
            return
        }
        // One row for the line that says where the window stands, and at least one to scroll.
        let room = max(1, available - 1)
        let mostPinned = room / 2
        let spaced = { (part: [String]) in part.isEmpty ? [] : part + [""] }
        var top = spaced(ReplayPageLines.joined([page.heading, page.lead, page.question]))
        var rest = page.body
        if top.count > mostPinned {
            top = spaced(ReplayPageLines.joined([page.heading, page.question]))
            rest = ReplayPageLines.joined([page.lead, page.body])
        }
        if top.count > mostPinned {
            // What is cut off ends with the blank line that parts the question from the rest.
            rest = Array(top.dropFirst(mostPinned)) + rest
            top = Array(top.prefix(mostPinned))
        }
        pinned = top
        scrolling = rest
        scrollingRows = max(1, room - top.count)
        self.offset = min(max(0, offset), max(0, rest.count - scrollingRows))
        overflows = true
    }

    /// The scrolling lines on screen.
    public var visible: Range<Int> {
        offset..<min(scrolling.count, offset + scrollingRows)
    }

    /// The page as shown: the lines that stay, then the window.
    public var lines: [String] {
        pinned + scrolling[visible]
    }

    /// The offset after `scroll`, within the page: a screen moves by its height less one line,
    /// kept so that the eye finds where it was.
    public func offset(after scroll: ReplayScroll) -> Int {
        let screen = max(1, scrollingRows - 1)
        let last = max(0, scrolling.count - scrollingRows)
        let wanted = switch scroll {
        case .lineUp: offset - 1
        case .lineDown: offset + 1
        case .pageUp: offset - screen
        case .pageDown: offset + screen
        case .top: 0
        case .bottom: last
        }
        return min(max(0, wanted), last)
    }
}
