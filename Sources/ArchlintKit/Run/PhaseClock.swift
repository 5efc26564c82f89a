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

    /// Records a duration measured elsewhere (a contract checked on another core).
    mutating func record(_ name: String, seconds: Double) {
        laps.append((name, seconds))
    }

    /// `name  0.012 s` lines, for stderr.
    var rendered: String {
        laps.map { "\($0.name.padding(toLength: 36, withPad: " ", startingAt: 0)) \(String(format: "%.3f", $0.seconds)) s" }
            .joined(separator: "\n")
    }
}
