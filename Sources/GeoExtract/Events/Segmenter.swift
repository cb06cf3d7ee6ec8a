import Gazetteer

/// Sentences and clauses of a tokenised text, as token ranges.
package enum Segmenter {
    /// A clause: tokens `tokens`, inside sentence number `sentence`.
    package struct Clause: Sendable {
        package var tokens: Range<Int>
        package var sentence: Int
    }

    /// Words that open a new clause inside a sentence (while, whereas, also, meanwhile ...).
    static let clauseOpeners: Set<String> = Set(
        ["فيما", "بينما", "وبينما", "كما", "وكما", "حيث", "فيما", "وفيما", "ثم", "لكن", "ولكن", "غير", "وسط", "إضافة",
         "اضافة", "بالتزامن", "تزامنا", "وتزامنا", "بعدما", "عقب", "وعقب", "وفي", "وقبل", "وبعد", "وأضاف", "وأفاد",
         "وأشار", "وقال", "وذكر", "وأكد", "ووفق", "وبحسب", "كذلك", "وكذلك", "كان", "وكان", "آخرها", "أحدها",
         "دون"].map(ArabicNormalizer.normalize))

    /// Splits at sentence ends (. ! ? ؟ ؛ and line breaks) and before clause openers after a
    /// comma, or before في حين.
    package static func clauses(text: String, tokens: TokenizedText, words: [String]) -> [Clause] {
        let scalars = Array(text.unicodeScalars)
        var clauses: [Clause] = []
        var sentence = 0
        var start = 0
        let toks = tokens.tokens
        func close(_ end: Int, newSentence: Bool) {
            if end > start { clauses.append(Clause(tokens: start..<end, sentence: sentence)) }
            start = end
            if newSentence { sentence += 1 }
        }
        for i in toks.indices {
            guard i > start else { continue }
            let gap = scalars[toks[i - 1].end..<toks[i].start]
            var sentenceEnd = false
            var comma = false
            for (k, s) in gap.enumerated() {
                switch s.value {
                case 0x0A, 0x21, 0x3F, 0x061F, 0x061B, 0x3B: sentenceEnd = true
                case 0x2E:
                    // A full stop, not a decimal point or an abbreviation between digits.
                    let before = k == 0 ? toks[i - 1].end - 1 : toks[i - 1].end + k - 1
                    _ = before
                    sentenceEnd = true
                case 0x060C, 0x2C, 0x2D, 0x2013, 0x2014: comma = true
                default: break
                }
            }
            if sentenceEnd {
                close(i, newSentence: true)
                continue
            }
            let w = words[i]
            if clauseOpeners.contains(w) && (comma || ["فيما", "بينما", "وفيما", "وبينما", "عقب", "وعقب"].contains(w)) {
                close(i, newSentence: false)
            } else if w == "في" || w == "وفي", i + 1 < words.count, words[i + 1] == "حين", comma || true {
                close(i, newSentence: false)
            }
        }
        close(toks.count, newSentence: true)
        return clauses
    }
}
