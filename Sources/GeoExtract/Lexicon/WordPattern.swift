import Gazetteer

/// Matching inflected Arabic words against stems, with clitics.
///
/// A word matches a stem when, after removing proclitics (و ف ب ل ك، the article, لل), it is the
/// stem followed by one of the common inflectional or pronoun suffixes (قصف، قصفت، قصفوا،
/// قصفها، القصف، بالقصف). Stems are folded with the text normaliser.
package enum WordPattern {
    static let suffixes: Set<String> = Set(
        ["", "ت", "وا", "ا", "ن", "ه", "ها", "هم", "هما", "ات", "ين", "ون", "ي", "تا", "تان", "تين", "ان", "ته",
         "تها", "تهم", "هن", "نا", "وه", "وها", "تم", "يه", "يا", "ية", "يه", "تهما", "وهم", "اته", "اتها", "اتهم",
         "ا", "اً", "يات", "ي", "يين", "يون"].map(ArabicNormalizer.normalize))

    /// Suffixes a word with the article cannot carry: the pronouns, the accusative alef and the
    /// verb's endings (البلدة, not البلدتها; والدهما is و + والد + هما, not و + الدهم + ا). ه stays
    /// out: it is also ة folded.
    static let indefiniteSuffixes: Set<String> = Set(
        ["ت", "وا", "ا", "اً", "ها", "هم", "هما", "تا", "ته", "تها", "تهم", "هن", "نا", "وه", "وها", "تم", "تهما", "وهم",
         "اته", "اتها", "اتهم"].map(ArabicNormalizer.normalize))

    /// Suffixes a two-letter stem may take: only a verb's (فرّ، فرّت، فرّوا), so that فر does not
    /// match فرات.
    static let shortStemSuffixes: Set<String> = ["", "ت", "وا", "ا", "ن", "تا"]
}

extension WordPattern {
    /// Calls `body` with the key of each form of token `i`, until it returns true; reads the token's
    /// letters and builds no string. The forms: the word, then without و or ف, then without ب ل ك
    /// or سـ, and each of those without its article or the ل of لل (when four letters or more).
    /// Returns whether a form was accepted; with `formKeys` it asks whether the word is an inflected
    /// form of a stem.
    package static func anyStem(_ tokens: TokenizedText, _ i: Int, _ body: (UInt64) -> Bool) -> Bool {
        let t = tokens.tokens[i]
        return tokens.letters.withUnsafeBufferPointer { all -> Bool in
            guard let base = all.baseAddress else { return false }
            let word = base + t.letterStart
            let n = t.letterCount
            // Forms are suffixes of the word, each known by where it starts: the word, after و or
            // ف, after ب ل ك or س (-1: no such form).
            var afterConjunction = -1
            var afterPreposition = -1
            var w = 0
            if n >= 3, word[0] == 0x0648 || word[0] == 0x0641 {  // و ف
                w = 1
                afterConjunction = 1
            }
            if n - w >= 3 {
                let f = word[w]
                if f == 0x0628 || f == 0x0644 || f == 0x0643 || f == 0x0633 { afterPreposition = w + 1 }  // ب ل ك س
            }
            @inline(__always)
            func key(_ from: Int) -> UInt64 {
                NameKey.hash(UnsafeBufferPointer(start: word + from, count: n - from))
            }
            if body(tokens.wordKeys[i]) { return true }
            if afterConjunction >= 0, body(key(afterConjunction)) { return true }
            if afterPreposition >= 0, body(key(afterPreposition)) { return true }
            // Each form without its article, or without the ل of لل.
            @inline(__always)
            func bare(_ s: Int) -> Bool {
                guard s >= 0, n - s >= 4 else { return false }
                if word[s] == NameKey.alef, word[s + 1] == NameKey.lam { return body(key(s + 2)) }
                return word[s] == NameKey.lam && body(key(s + 1))
            }
            if bare(0) || bare(afterConjunction) || bare(afterPreposition) { return true }
            return false
        }
    }

    /// The keys of token `i`'s forms, as `anyStem` tries them, made once for a word that several
    /// word lists are asked about.
    package static func stemForms(_ tokens: TokenizedText, _ i: Int) -> StemForms {
        var forms = StemForms()
        _ = anyStem(tokens, i) { forms.append($0); return false }
        return forms
    }

    /// The folded letters of each word, for `TokenizedText.hasPrefix(_:anyOf:)`.
    package static func letters(_ words: [String]) -> LetterPrefixes {
        LetterPrefixes(words.map { ArabicNormalizer.normalize($0).unicodeScalars.map(\.value) })
    }

    /// The keys of a word list, as `anyStem` and `TokenizedText.key` compute them.
    package static func keys(_ words: [String]) -> KeyTable {
        KeyTable(keys: words.map(NameKey.wordKey))
    }
}

extension WordPattern {
    /// The keys of every inflected form of `stems` (each stem with each suffix it may take, the
    /// short suffixes for a stem of two letters): `anyStem(tokens, i) { table.contains($0) }` then
    /// asks whether token `i` is such a form, clitics removed.
    package static func formKeys(_ stems: [String]) -> KeyTable {
        var keys: [UInt64] = []
        for stem in stems.map(ArabicNormalizer.normalize) {
            let allowed = stem.unicodeScalars.count <= 2 ? shortStemSuffixes : suffixes
            for suffix in allowed { keys.append(NameKey.wordKey(stem + suffix)) }
        }
        return KeyTable(keys: keys)
    }

    /// Whether token `i`'s folded letters contain `part` anywhere (حصار in الحصار، لحصارها).
    package static func contains(_ tokens: TokenizedText, _ i: Int, letters part: [UInt32]) -> Bool {
        let t = tokens.tokens[i]
        guard !part.isEmpty else { return true }
        guard t.letterCount >= part.count else { return false }
        return tokens.letters.withUnsafeBufferPointer { all in
            let end = t.letterStart + t.letterCount - part.count
            var s = t.letterStart
            while s <= end {
                if all[s] == part[0] {
                    var k = 1
                    while k < part.count && all[s + k] == part[k] { k += 1 }
                    if k == part.count { return true }
                }
                s += 1
            }
            return false
        }
    }

    /// The folded letters of one word, for `contains(_:_:letters:)`.
    package static func letters(_ word: String) -> [UInt32] {
        ArabicNormalizer.normalize(word).unicodeScalars.map(\.value)
    }
}

/// The keys of one word's forms (at most six: the word, after و or ف, after a preposition, and
/// each of those without its article), kept inline.
package struct StemForms {
    private var keys: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
    private var count = 0

    fileprivate mutating func append(_ key: UInt64) {
        switch count {
        case 0: keys.0 = key
        case 1: keys.1 = key
        case 2: keys.2 = key
        case 3: keys.3 = key
        case 4: keys.4 = key
        default: keys.5 = key
        }
        count = min(count + 1, 6)
    }

    /// Whether a form is in `table`: `anyStem(tokens, i) { table.contains($0) }`.
    package func any(in table: KeyTable) -> Bool {
        (count > 0 && table.contains(keys.0)) || (count > 1 && table.contains(keys.1)) || (count > 2 && table.contains(keys.2))
            || (count > 3 && table.contains(keys.3)) || (count > 4 && table.contains(keys.4)) || (count > 5 && table.contains(keys.5))
    }
}
