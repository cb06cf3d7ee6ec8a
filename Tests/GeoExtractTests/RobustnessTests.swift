import Foundation
import Testing
@testable import GeoExtract
@testable import Gazetteer

/// Reports the rules were not written from, made by recombining the seeds' paragraphs in a fixed
/// pseudo-random order (as the benchmark's corpus is) and by cutting them off mid-sentence: every
/// one is read without trapping, and what comes out points into the text it came from. (A party's
/// name read across a line break once ended past its clause and trapped a rule.)
@Suite("reading recombined reports")
struct RobustnessTests {
    /// A small generator with a fixed seed (SplitMix64), so every run reads the same reports.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static let paragraphs: [String] = {
        let seeds = TestSupport.root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()) ?? []
        return names.flatMap { name -> [String] in
            let text = (try? String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
    }()

    /// Report `n`: eight paragraphs in a pseudo-random order, every third one cut off at a
    /// pseudo-random letter.
    static func report(_ n: Int) -> String {
        var g = Generator(state: UInt64(n) &* 7919 &+ 17)
        var text = (0..<8).map { _ in paragraphs[g.next(paragraphs.count)] }.joined(separator: "\n")
        if n % 3 == 0 {
            let scalars = Array(text.unicodeScalars)
            var cut = String.UnicodeScalarView()
            cut.append(contentsOf: scalars[..<(scalars.count / 2 + g.next(scalars.count / 2))])
            text = String(cut)
        }
        return text
    }

    @Test func theSeedsHaveParagraphs() {
        #expect(Self.paragraphs.count > 20)
    }

    @Test("each recombined report is read, its events and places pointing into it", arguments: 0..<3000)
    func recombined(_ n: Int) {
        let text = Self.report(n)
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[start..<end])
            return String(s)
        }
        for m in TestSupport.mentions(text) {
            #expect(0 <= m.start && m.start < m.end && m.end <= scalars.count, "report \(n): mention \(m.text) at \(m.start)-\(m.end)")
            if m.end <= scalars.count { #expect(slice(m.start, m.end) == m.text, "report \(n): mention \(m.text)") }
        }
        for e in TestSupport.events(text, date: "2019-03-02") {
            let where_ = "report \(n): \(e.eventType) \(e.trigger)"
            #expect(0 <= e.evidenceStart && e.evidenceStart < e.evidenceEnd && e.evidenceEnd <= scalars.count, "\(where_)")
            if e.evidenceEnd <= scalars.count { #expect(slice(e.evidenceStart, e.evidenceEnd) == e.evidence, "\(where_)") }
            #expect([e.fatalities, e.injured, e.affected].allSatisfy { ($0 ?? 0) >= 0 }, "\(where_)")
            if e.location != nil { #expect((1...3).contains(e.geoPrecision ?? 0), "\(where_)") }
            if e.date != nil { #expect((1...3).contains(e.timePrecision ?? 0), "\(where_)") }
        }
    }
}
