/// The opening of the self-contained pages the digest writes (the florilège, the comparison of
/// groups, the progress table alone): the document's head with the florilège's style sheet, and
/// the page's title as its first heading, so that every page is styled and headed alike.
enum HTMLPage {
    /// Up to and with the `<h1>`, inside an open `<header>`; `title` is escaped here, `extraStyle`
    /// is added to the style sheet as it is.
    static func opening(language: Language, title: String, extraStyle: String? = nil) -> String {
        let escaped = HTMLText.escape(title)
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(HTMLText.escape(language.rawValue))">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(escaped)</title>
            <style>
            \(DigestStyle.css)

            """ + (extraStyle.map { $0 + "\n" } ?? "") + """
            </style>
            </head>
            <body>
            <header>
            <h1>\(escaped)</h1>

            """
    }
}
