/// A failure already explained to the user: the message goes to standard error, the exit code is 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
