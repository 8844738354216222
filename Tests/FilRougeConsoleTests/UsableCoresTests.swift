import Foundation
import Testing
@testable import FilRougeConsole

struct UsableCoresTests {
    /// The cores a process may use are some of the machine's, at least one.
    @Test func countsSomeOfTheMachinesCores() {
        #expect(UsableCores.count >= 1)
        #expect(UsableCores.count <= ProcessInfo.processInfo.activeProcessorCount)
    }

    #if os(Linux)
    /// The affinity mask of a Linux process names at least the core it runs on.
    @Test func readsTheAffinityMaskOnLinux() throws {
        let allowed = try #require(UsableCores.allowedByAffinity())
        #expect(allowed >= 1)
        #expect(UsableCores.count == min(allowed, ProcessInfo.processInfo.activeProcessorCount))
    }
    #endif
}
