/// Reads numbers written in words (`cinquante`, `quatre-vingt-dix`, `fifty`, `two hundred`), so that a
/// keyword `50` meets *cinquante euros* and a keyword `cinquante` meets *50 €*.
enum NumberWords {
    /// The value of one number word, folded.
    static func value(of folded: String, language: Language) -> Int? {
        language == .fr ? french[folded] : english[folded]
    }

    /// The value of consecutive number words (`[80, 10]` for *quatre-vingt-dix*, `[2, 100]` for
    /// *two hundred*), or nil when they do not form one number.
    static func combine(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        var total = 0
        var current = 0
        for value in values {
            switch value {
            case 1000, 1_000_000:
                total += max(current, 1) * value
                current = 0
            case 100:
                current = max(current, 1) * 100
            case 20 where current > 0 && current % 100 == 4:
                // quatre-vingt(s): four twenties.
                current = current - 4 + 80
            default:
                current += value
            }
        }
        return total + current
    }

    static let french: [String: Int] = [
        "zero": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
        "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
        "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
        "cent": 100, "cents": 100, "mille": 1000, "million": 1_000_000, "millions": 1_000_000,
    ]

    static let english: [String: Int] = [
        "zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "thousand": 1000, "million": 1_000_000,
    ]
}
