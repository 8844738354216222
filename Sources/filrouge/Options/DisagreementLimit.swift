import ArgumentParser

extension CalibrateCommand {
    /// How many disagreements to show: a number, or all of them.
    struct DisagreementLimit: ExpressibleByArgument {
        let count: Int?

        init?(argument: String) {
            if argument == "all" {
                count = nil
            } else if let count = Int(argument), count >= 0 {
                self.count = count
            } else {
                return nil
            }
        }

        static let all = DisagreementLimit(count: nil)

        private init(count: Int?) {
            self.count = count
        }

        var defaultValueDescription: String {
            count.map(String.init) ?? "all"
        }
    }
}
