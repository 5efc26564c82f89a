import Foundation

/// The mini-projects under `Tests/Fixtures/`.
enum Fixture {
    /// `Tests/Fixtures/NAME`.
    static func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }
}
