import FilRougeCore

/// Shows a replay: every page one after the other when the output is not a terminal (a file, a
/// pipe), or one page at a time, moved by keys or by a timer, on a terminal.
public struct ReplayPlayer {
    public private(set) var renderer: ReplayRenderer
    public private(set) var navigator: ReplayNavigator
    private let columns: () -> Int
    private let write: (String) -> Void

    /// Clears the screen and puts the cursor at the top left, so that each page starts at the top.
    static let clearScreen = "\u{1B}[H\u{1B}[2J"
    /// Goes back to the start of the line and clears it, for the line under the page.
    static let clearLine = "\r\u{1B}[K"

    /// - Parameters:
    ///   - columns: the terminal's width now, asked before each page.
    ///   - write: writes text as it is (no line break added).
    public init(renderer: ReplayRenderer, columns: @escaping () -> Int, write: @escaping (String) -> Void) {
        self.renderer = renderer
        self.navigator = ReplayNavigator(pageCount: renderer.script.pages.count)
        self.columns = columns
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
    ///   - notices: lines to show above the first page (damaged lines of the transcripts), which a
    ///     cleared screen would otherwise hide.
    public mutating func present(keys: inout some ReplayKeySource, autoDelay: Double?, notices: [String] = []) {
        guard case .show(var shown) = navigator.start() else {
            renderer.width = columns()
            write(renderer.emptyReplay + "\n")
            return
        }
        draw(shown, above: notices)
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
                move = .show(shown)
            case .endOfInput:
                move = navigator.handle(.quit)
            }
            switch move {
            case .show(let page):
                shown = page
                draw(page)
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

    private mutating func draw(_ page: Int, above notices: [String] = [], below: String? = nil) {
        renderer.width = columns()
        var screen = Self.clearScreen
        if !notices.isEmpty { screen += notices.joined(separator: "\n") + "\n\n" }
        screen += renderer.page(page) + "\n\n" + (below ?? renderer.keyLine) + "\n"
        write(screen)
    }
}
