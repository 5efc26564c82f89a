import Dispatch

/// Measures the phases of a run for `--show-timings`.
struct PhaseClock: Sendable {
    private(set) var laps: [(name: String, seconds: Double)] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Records the time since the previous lap under `name`.
    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((name, Double(now - last) / 1e9))
        last = now
    }

    /// `name  0.012 s` lines, for stderr.
    var rendered: String {
        laps.map { "\($0.name.padding(toLength: 36, withPad: " ", startingAt: 0)) \(String(format: "%.3f", $0.seconds)) s" }
            .joined(separator: "\n")
    }
}
