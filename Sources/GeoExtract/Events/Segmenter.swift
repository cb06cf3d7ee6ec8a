import Gazetteer

/// Sentences and clauses of a tokenised text, as token ranges.
package enum Segmenter {
    /// A clause: tokens `tokens`, inside sentence number `sentence`.
    package struct Clause: Sendable {
        package var tokens: Range<Int>
        package var sentence: Int
    }

    /// The token span and clause count of each sentence, by sentence number.
    package struct Sentences: Sendable {
        private var entries: [(span: Range<Int>, clauses: Int)?] = []

        package subscript(sentence: Int) -> (span: Range<Int>, clauses: Int)? {
            sentence >= 0 && sentence < entries.count ? entries[sentence] : nil
        }

        /// The token each sentence ends before, in text order.
        package var ends: [Int] { entries.compactMap { $0?.span.upperBound } }

        fileprivate mutating func add(_ c: Clause) {
            while entries.count <= c.sentence { entries.append(nil) }
            if let s = entries[c.sentence] {
                entries[c.sentence] = (s.span.lowerBound..<c.tokens.upperBound, s.clauses + 1)
            } else {
                entries[c.sentence] = (c.tokens, 1)
            }
        }
    }

    /// The token span of each sentence and how many clauses it has, from clauses in text order
    /// (a sentence's clauses are consecutive).
    package static func sentences(of clauses: [Clause]) -> Sentences {
        var out = Sentences()
        for c in clauses { out.add(c) }
        return out
    }

    /// Words that open a new clause inside a sentence (while, whereas, also, meanwhile ...).
    static let clauseOpeners: Set<String> = Set(
        ["فيما", "بينما", "وبينما", "كما", "وكما", "حيث", "فيما", "وفيما", "ثم", "لكن", "ولكن", "غير", "وسط", "إضافة",
         "اضافة", "بالتزامن", "تزامنا", "وتزامنا", "بعدما", "عقب", "وعقب", "وفي", "وقبل", "وبعد", "وأضاف", "وأفاد",
         "وأشار", "وقال", "وذكر", "وأكد", "ووفق", "وبحسب", "كذلك", "وكذلك", "كان", "وكان", "آخرها", "أحدها",
         "دون"].map(ArabicNormalizer.normalize))

    /// Splits at sentence ends (. ! ? ؟ ؛ and line breaks) and before clause openers after a
    /// comma, or before في حين.
    package static func clauses(text: String, tokens: TokenizedText) -> [Clause] {
        var text = text
        return text.withUTF8 { bytes in clauses(bytes: bytes, tokens: tokens) }
    }

    /// Openers of a contrasting clause, which brings a subject of its own.
    package static let contrastKeys = KeyTable(keys: ["فيما", "وفيما", "بينما", "وبينما", "في", "كما", "وكما"].map(NameKey.wordKey))
    static let hinKey = NameKey.wordKey("حين")
    static let waqtKey = NameKey.wordKey("وقت")
    /// في وقت سابق، في وقت لاحق، في وقت متأخر، في وقت مبكر: when the deed was, no clause of its own.
    static let timeOfDeedKeys = KeyTable(keys: ["سابق", "لاحق", "متأخر", "متاخر", "مبكر", "مبكرا", "واحد", "قصير", "قريب"].map(NameKey.wordKey))

    /// What a word can do at a clause boundary, as bits of one table's values, so that each word is
    /// looked up once: open a clause after a comma, open one without a comma, or be the في of في حين.
    static let opensAfterComma: Int32 = 1, opensWithoutComma: Int32 = 2, fi: Int32 = 4
    static let boundaryWords: KeyTable = {
        var flags: [UInt64: Int32] = [:]
        for w in clauseOpeners { flags[NameKey.wordKey(w), default: 0] |= opensAfterComma }
        for w in openersWithoutComma { flags[NameKey.wordKey(w), default: 0] |= opensWithoutComma }
        for w in ["في", "وفي"] { flags[NameKey.wordKey(w), default: 0] |= fi }
        var table = KeyTable(capacity: flags.count)
        for (key, value) in flags { table.insert(key, value) }
        return table
    }()

    /// Words that open a clause with no comma before them.
    static let openersWithoutComma: Set<String> = Set(["فيما", "بينما", "وفيما", "وبينما", "عقب", "وعقب"].map(ArabicNormalizer.normalize))

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func clauses(bytes: UnsafeBufferPointer<UInt8>, tokens: TokenizedText) -> [Clause] {
        var clauses: [Clause] = []
        var sentence = 0
        var start = 0
        let toks = tokens.tokens
        // The word table, read once here rather than through its lazy initialiser at each word.
        let boundary = boundaryWords, hin = hinKey, waqt = waqtKey, timeOfDeed = timeOfDeedKeys
        func close(_ end: Int, newSentence: Bool) {
            if end > start { clauses.append(Clause(tokens: start..<end, sentence: sentence)) }
            start = end
            if newSentence { sentence += 1 }
        }
        for i in toks.indices {
            guard i > start else { continue }
            // The bytes between two words: punctuation ends a sentence or marks a comma.
            var sentenceEnd = false
            var comma = false
            var k = toks[i - 1].utf8End
            let stop = toks[i].utf8Start
            while k < stop {
                let b = bytes[k]
                switch b {
                case 0x0A, 0x21, 0x3F, 0x3B: sentenceEnd = true  // LF ! ? ;
                // A full stop, not a point between digits (10.000 دولار، 2.5 كم).
                case 0x2E where !(k > 0 && k + 1 < bytes.count && isDigit(bytes[k - 1]) && isDigit(bytes[k + 1])):
                    sentenceEnd = true
                case 0x2C, 0x2D: comma = true  // , -
                case 0xD8 where k + 1 < stop:
                    switch bytes[k + 1] {
                    case 0x9F, 0x9B: sentenceEnd = true  // ؟ ؛
                    case 0x8C: comma = true  // ،
                    default: break
                    }
                case 0xE2 where k + 2 < stop && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94):
                    comma = true  // – —
                default: break
                }
                k += 1
            }
            if sentenceEnd {
                close(i, newSentence: true)
                continue
            }
            guard let role = boundary[tokens.key(i)] else { continue }
            if role & opensAfterComma != 0 && (comma || role & opensWithoutComma != 0) {
                close(i, newSentence: false)
            } else if role & fi != 0, i + 1 < toks.count, tokens.key(i + 1) == hin {
                close(i, newSentence: false)
            } else if role & fi != 0, comma, i + 2 < toks.count, tokens.key(i + 1) == waqt, !timeOfDeed.contains(tokens.key(i + 2)) {
                // ، في وقت تخوض القوات معارك: what goes on meanwhile, with its own parties (not في وقت
                // سابق، في وقت متأخر من الليل: the time of the deed told).
                close(i, newSentence: false)
            }
        }
        close(toks.count, newSentence: true)
        return clauses
    }
}
