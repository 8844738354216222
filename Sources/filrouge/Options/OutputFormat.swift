import ArgumentParser

/// How a trainer's command prints its findings: for people, or for editors and CI scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
