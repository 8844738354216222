/// Where a learner's answer comes from, as a choices file can name it: whatever `--anonymize`
/// shows, a facilitator names a reply by the learner and file they know.
struct AnswerSource: Equatable, Sendable {
    /// The name the florilège shows without `--anonymize`: the transcript's, or its file's.
    var shownName: String
    /// The transcript's file name without its folders and its `.jsonl`.
    var fileStem: String
}
