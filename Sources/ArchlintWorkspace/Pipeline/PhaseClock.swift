import Dispatch

/// Measures the phases of a run for `--show-timings`.
package struct PhaseClock: Sendable {
    private(set) var laps: [(name: String, seconds: Double)] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    package init() {}

    /// Records the time since the previous lap under `name`.
    package mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append((name, Double(now - last) / 1e9))
        last = now
    }

    /// Records a duration measured elsewhere (a contract checked on another core).
    package mutating func record(_ name: String, seconds: Double) {
        laps.append((name, seconds))
    }

    /// Seconds with three decimals (`0.012`).
    static func milliseconds(_ seconds: Double) -> String {
        let thousandths = Int((max(0, seconds) * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// `name  0.012 s` lines, for stderr.
    package var rendered: String {
        laps.map { lap in
            let name = lap.name.count >= 52 ? String(lap.name.prefix(52)) : lap.name + String(repeating: " ", count: 52 - lap.name.count)
            return "\(name) \(Self.milliseconds(lap.seconds)) s"
        }.joined(separator: "\n")
    }
}
