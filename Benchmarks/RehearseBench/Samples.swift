import Foundation
import Glibc

/// Monotonic time in nanoseconds.
func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Timings in nanoseconds, summarised (nearest-rank percentiles).
struct Samples {
    private(set) var sorted: [UInt64]

    init(_ nanoseconds: [UInt64]) {
        sorted = nanoseconds.sorted()
    }

    var count: Int { sorted.count }
    var total: UInt64 { sorted.reduce(0, +) }
    var mean: Double { sorted.isEmpty ? 0 : Double(total) / Double(sorted.count) }
    var min: UInt64 { sorted.first ?? 0 }
    var max: UInt64 { sorted.last ?? 0 }

    func percentile(_ p: Double) -> UInt64 {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
    }
}

/// "12.34" style numbers for the report.
func format(_ value: Double, _ decimals: Int = 2) -> String {
    String(format: "%.\(decimals)f", value)
}

func milliseconds(_ nanoseconds: UInt64) -> String { format(Double(nanoseconds) / 1e6) }
func microseconds(_ nanoseconds: Double) -> String { format(nanoseconds / 1e3, 1) }
func microseconds(_ nanoseconds: UInt64) -> String { microseconds(Double(nanoseconds)) }
