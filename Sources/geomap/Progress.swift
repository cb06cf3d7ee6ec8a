import Foundation

/// A progress line on standard error, for runs long enough to wonder about.
///
/// It appears only when standard error is a terminal, and only once the run has taken a second;
/// it is redrawn at most five times a second and erased before any error line and at the end.
/// Standard output never sees it.
struct Progress {
    private let enabled: Bool
    private let total: Int
    private let started = Date()
    private var lastDrawn: Date?
    private var shown = false

    init(total: Int, enabled: Bool = Platform.isTerminal(2)) {
        self.total = total
        self.enabled = enabled && total > 1
    }

    /// Called after each input is finished.
    mutating func update(done: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(started) >= 1 else { return }
        if let lastDrawn, now.timeIntervalSince(lastDrawn) < 0.2, done < total { return }
        lastDrawn = now
        let percent = total > 0 ? done * 100 / total : 100
        let elapsed = Int(now.timeIntervalSince(started))
        Platform.printErrorRaw("\r\u{1B}[Kgeomap: \(done) of \(total) inputs (\(percent) %), \(elapsed) s")
        shown = true
    }

    /// Erases the line, before an error message or at the end.
    mutating func clear() {
        guard shown else { return }
        Platform.printErrorRaw("\r\u{1B}[K")
        shown = false
    }
}
