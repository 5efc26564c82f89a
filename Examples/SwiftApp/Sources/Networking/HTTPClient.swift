import Core
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches bytes; the app swaps in a fake for tests and previews.
public protocol HTTPClient: Sendable {
    func get(_ path: String) async throws -> Data
}

/// The real client over URLSession.
public struct URLSessionClient: HTTPClient {
    let base: URL

    public init(base: URL) { self.base = base }

    public func get(_ path: String) async throws -> Data {
        let (data, _) = try await URLSession.shared.data(from: base.appendingPathComponent(path))
        return data
    }
}

/// Serves canned products, so the example runs offline.
public struct OfflineClient: HTTPClient {
    public init() {}

    public func get(_ path: String) async throws -> Data {
        Data("apple:Apple:120\npear:Pear:95\n".utf8)
    }
}
