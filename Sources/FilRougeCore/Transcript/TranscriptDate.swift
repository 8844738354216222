import Foundation

/// Reads transcript dates: the form transcripts are written with, `2026-11-29T03:57:23.231Z`,
/// without going through a date parser, since each line has one and Foundation's ISO 8601 parser
/// took a tenth of the reading time; any other form of ISO 8601 (another offset, no fraction, a
/// hand edit) through that parser.
///
/// So are years before 1583. The quick reading counts days in the Gregorian calendar at every date,
/// but Foundation, which writes the dates, switches to the Julian calendar before October 1582: the
/// two agree only after it, and a year-1013 date read here would be written back ten days off.
enum TranscriptDate {
    /// The first whole year of the Gregorian calendar.
    private static let firstGregorianYear = 1583

    /// A transcript's date: as written, or any ISO 8601 form.
    static func parse(_ string: String) -> Date? {
        var string = string
        if let date = string.withUTF8(parseWritten) { return date }
        if let date = try? Date(string, strategy: .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted)) {
            return date
        }
        return try? Date(string, strategy: .iso8601)
    }

    /// The date of a string's UTF-8 bytes in the form transcripts are written with (the fraction
    /// may have 1 to 9 digits), from 1583; nil for any other.
    static func parseWritten(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        // yyyy-MM-ddTHH:mm:ss.SSSZ: 24 bytes; the fraction may have 1 to 9 digits.
        guard bytes.count >= 22, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A,
              bytes[16] == 0x3A, bytes[19] == 0x2E, bytes[bytes.count - 1] == 0x5A,
              let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
              let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
              year >= firstGregorianYear, (1...12).contains(month), (1...daysIn(month, year)).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        let fractionDigits = bytes.count - 21
        guard fractionDigits <= 9, let fraction = number(bytes, 20, fractionDigits) else { return nil }
        var scale = 1.0
        for _ in 0..<fractionDigits { scale *= 10 }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3_600 + minute * 60 + second)
        return Date(timeIntervalSince1970: seconds + Double(fraction) / scale)
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        var value = 0
        for index in start..<(start + length) {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
