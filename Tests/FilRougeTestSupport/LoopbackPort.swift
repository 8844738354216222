import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Sockets on 127.0.0.1 for the tests of the xAPI road: a free port to start a store on, and a
/// listener that takes connections and never answers (a store too slow to wait for).
public enum LoopbackPort {
    /// A port no program listens on now: the system picks it for a socket that is then closed.
    public static func free() throws -> Int {
        let socket = try listeningSocket(port: 0)
        defer { close(socket) }
        return try port(of: socket)
    }

    /// A port that accepts connections (the kernel completes them, up to its backlog) and never
    /// answers a request; closed by calling the function returned.
    public static func silent() throws -> (port: Int, close: @Sendable () -> Void) {
        let socket = try listeningSocket(port: 0)
        let port = try port(of: socket)
        return (port, { Glibc.close(socket) })
    }

    struct SocketError: Error, CustomStringConvertible {
        var description: String
    }

    private static func listeningSocket(port: Int) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw SocketError(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else {
            close(descriptor)
            throw SocketError(description: "bind: \(String(cString: strerror(errno)))")
        }
        return descriptor
    }

    private static func port(of descriptor: Int32) throws -> Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else { throw SocketError(description: "getsockname: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
