import FilRougeCore

/// Shows a replay: every page one after the other when the output is not a terminal (a file, a
/// pipe), or one page at a time, moved by keys or by a timer, on a terminal.
///
/// On a terminal a page taller than the screen scrolls under its heading and question (see
/// `ReplayScreenLayout`): the screen is never written past its last row, which would push the
/// question off the top.
public struct ReplayPlayer {
    public private(set) var renderer: ReplayRenderer
    public private(set) var navigator: ReplayNavigator
    private let columns: () -> Int
    private let rows: () -> Int
    private let write: (String) -> Void
    /// How far the page shown is scrolled, in lines; back to 0 on another page.
    public private(set) var scrollOffset = 0
    /// The page as last drawn, which says how far a scroll key can go.
    private var layout: ReplayScreenLayout?
    /// The damaged lines of the transcripts, shown on the first page until another is shown.
    private var notices: [String] = []

    /// Clears the screen and puts the cursor at the top left, so that each page starts at the top.
    static let clearScreen = "\u{1B}[H\u{1B}[2J"
    /// Goes back to the start of the line and clears it, for the line under the page.
    static let clearLine = "\r\u{1B}[K"

    /// - Parameters:
    ///   - columns: the terminal's width now, asked before each page.
    ///   - rows: the terminal's height now, asked before each page.
    ///   - write: writes text as it is (no line break added).
    public init(renderer: ReplayRenderer, columns: @escaping () -> Int, rows: @escaping () -> Int, write: @escaping (String) -> Void) {
        self.renderer = renderer
        self.navigator = ReplayNavigator(pageCount: renderer.script.pages.count, learnerCount: renderer.script.learners.count)
        self.columns = columns
        self.rows = rows
        self.write = write
    }

    /// Every page, in order, with no pause and nothing for the screen: for a pipe or a file.
    public mutating func printAll() {
        renderer.width = columns()
        guard !renderer.script.pages.isEmpty else {
            write(renderer.emptyReplay + "\n")
            return
        }
        for index in renderer.script.pages.indices {
            write((index == 0 ? "" : "\n") + renderer.page(index) + "\n")
        }
    }

    /// One page at a time until `q`, the end of input, or (automatically) the last page.
    ///
    /// - Parameters:
    ///   - autoDelay: seconds before moving on by itself; keys still work meanwhile.
    ///   - notices: lines to show on the first page, under its heading (damaged lines of the
    ///     transcripts), which a cleared screen would otherwise hide.
    public mutating func present(keys: inout some ReplayKeySource, autoDelay: Double?, notices: [String] = []) {
        guard case .show(var shown) = navigator.start() else {
            renderer.width = columns()
            write(renderer.emptyReplay + "\n")
            return
        }
        self.notices = notices
        draw(shown)
        while true {
            let press = keys.nextPress(timeout: autoDelay)
            let move: ReplayNavigator.Move
            switch press {
            case .key(let key):
                move = navigator.handle(key)
            case .typing(let digits):
                write(Self.clearLine + (digits.isEmpty ? "" : renderer.typing(digits)))
                continue
            case .timedOut:
                if navigator.isOnLastPage {
                    move = navigator.handle(.quit)
                } else {
                    move = navigator.handle(.next)
                }
            case .redraw:
                // The same page, scrolled as it was, fitted to the window's new size.
                draw(shown)
                continue
            case .endOfInput:
                move = navigator.handle(.quit)
            }
            switch move {
            case .show(let page):
                shown = page
                scrollOffset = 0
                self.notices = []
                draw(page)
            case .scroll(let scroll):
                let offset = layout?.offset(after: scroll) ?? 0
                guard offset != scrollOffset else {
                    let edge: ReplayNavigator.Notice = [.lineUp, .pageUp, .top].contains(scroll) ? .topOfPage : .bottomOfPage
                    write(Self.clearLine + renderer.style.apply(.coach, renderer.notice(edge)))
                    continue
                }
                scrollOffset = offset
                draw(shown)
            case .stay(let notice):
                write(Self.clearLine + renderer.style.apply(.coach, renderer.notice(notice)))
            case .help:
                draw(shown, below: renderer.keyHelp)
            case .quit:
                write("\n")
                return
            }
        }
    }

    /// Clears the screen and draws the page scrolled to `scrollOffset`, the keys (or `below`)
    /// under it, and leaves the cursor on the last row, where notices and typed digits go.
    private mutating func draw(_ page: Int, below: String? = nil) {
        renderer.width = columns()
        let keys = (below ?? renderer.keyLine).split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            TextWrapper.screenRows(of: String(line), width: renderer.width)
        }
        let footer = [""] + keys + [""]
        let layout = ReplayScreenLayout(
            page: renderer.screenLines(page, learner: navigator.learner, notices: notices), rows: rows(), footerRows: footer.count,
            offset: scrollOffset
        )
        self.layout = layout
        scrollOffset = layout.offset
        var lines = layout.lines
        if layout.overflows { lines.append(renderer.scrollPosition(layout)) }
        write(Self.clearScreen + (lines + footer).joined(separator: "\n"))
    }
}
