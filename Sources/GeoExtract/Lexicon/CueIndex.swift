import Gazetteer

/// The trigger lexicon compiled for scanning: every inflected form of every stem (stem + each
/// suffix `WordPattern` allows) hashed into one table, so a word is looked up by the keys of its
/// forms with proclitics removed, not compared with each stem.
package struct CueIndex: Sendable {
    /// One word of one pattern: pattern `pattern`, word `position`.
    package struct Slot: Sendable, Equatable {
        package var pattern: Int32
        package var position: Int8
    }

    /// A word's match: the slot, and what had to be removed from the word to find it.
    package struct Hit: Sendable {
        package var slot: Slot
        /// A لـ of purpose was removed (للسيطرة، لتحرير).
        package var purpose: Bool
        /// The future prefix سـ was removed (ستفرض، سيتم).
        package var future: Bool
    }

    /// Each form's key, and the number it has among the keys.
    private var table = KeyTable(capacity: 1 << 15)
    /// The slots of key number `k` are `slots[starts[k]..<starts[k + 1]]`, in the order they were
    /// added: one flat array, not an array per key (there are some eighteen thousand keys).
    private var slots: [Slot] = []
    /// Whether slot `j`'s form may carry the article: a pronoun suffix or the accusative alef does
    /// not follow ال (والدهما is "their father", never و + الدهم + ا).
    private var definite: [Bool] = []
    private var starts: [Int32] = []
    /// Every key of `table`: most words are no form of any trigger, and are turned away here.
    private var filter = KeyFilter(capacity: 1 << 14)

    package init(patterns: [(cue: EventLexicon.Cue, words: [[String]])]) {
        let suffixes = WordPattern.suffixes.map { (Array($0.unicodeScalars.map(\.value)), !WordPattern.indefiniteSuffixes.contains($0)) }
        let shortSuffixes = WordPattern.shortStemSuffixes.map { (Array($0.unicodeScalars.map(\.value)), !WordPattern.indefiniteSuffixes.contains($0)) }
        // Every (key number, slot) in the order met, then grouped by key number in that order.
        var met: [(key: Int32, slot: Slot, definite: Bool)] = []
        func add(_ key: UInt64, _ slot: Slot, definite: Bool) {
            if let k = table[key] {
                met.append((k, slot, definite))
            } else {
                let k = Int32(table.count)
                table.insert(key, k)
                filter.insert(key)
                met.append((k, slot, definite))
            }
        }
        for (p, pattern) in patterns.enumerated() {
            for (k, alternatives) in pattern.words.enumerated() {
                for stem in alternatives {
                    let letters = stem.unicodeScalars.map(\.value)
                    // The stem's hash goes on through each suffix: no array per form.
                    let stemHash = letters.reduce(NameKey.basis, NameKey.mix)
                    for (suffix, definite) in letters.count <= 2 ? shortSuffixes : suffixes {
                        add(suffix.reduce(stemHash, NameKey.mix), Slot(pattern: Int32(p), position: Int8(k)), definite: definite)
                    }
                }
            }
        }
        // Count, place, and drop a slot a key already has (the same form of two alternatives).
        var counts = [Int32](repeating: 0, count: table.count + 1)
        for m in met { counts[Int(m.key) + 1] += 1 }
        for k in 0..<table.count { counts[k + 1] += counts[k] }
        var placed = [Slot](repeating: Slot(pattern: 0, position: 0), count: met.count)
        var placedDefinite = [Bool](repeating: false, count: met.count)
        var filled = [Int32](repeating: 0, count: table.count)
        for m in met {
            let k = Int(m.key), from = Int(counts[k])
            // The same form of two stems: it may carry the article if either reading may.
            if let j = placed[from..<(from + Int(filled[k]))].firstIndex(of: m.slot) {
                placedDefinite[j] = placedDefinite[j] || m.definite
                continue
            }
            placed[from + Int(filled[k])] = m.slot
            placedDefinite[from + Int(filled[k])] = m.definite
            filled[k] += 1
        }
        // Close the gaps the dropped duplicates left, in place (a key's slots only move down).
        starts.reserveCapacity(table.count + 1)
        var kept = 0
        for k in 0..<table.count {
            starts.append(Int32(kept))
            let from = Int(counts[k])
            for j in from..<(from + Int(filled[k])) {
                placed[kept] = placed[j]
                placedDefinite[kept] = placedDefinite[j]
                kept += 1
            }
        }
        starts.append(Int32(kept))
        placed.removeLast(placed.count - kept)
        placedDefinite.removeLast(placedDefinite.count - kept)
        slots = placed
        definite = placedDefinite
    }

    /// The pattern words every token of a text can be, each with the least stripping that finds it,
    /// in one flat table: a token's hits are a slice of it, and no token has an array of its own.
    package func hits(_ text: TokenizedText) -> TokenHits {
        var result = TokenHits()
        result.starts.reserveCapacity(text.tokens.count + 1)
        text.letters.withUnsafeBufferPointer { all in
            for (i, t) in text.tokens.enumerated() {
                result.starts.append(Int32(result.hits.count))
                let w = UnsafeBufferPointer(rebasing: all[t.letterStart..<(t.letterStart + t.letterCount)])
                // The keys of the whole word and of the word without its article were made while
                // scanning: only the forms without a proclitic are hashed here.
                appendHits(of: w, wordKey: text.wordKeys[i], articleless: t.keyHash, to: &result.hits)
            }
        }
        result.starts.append(Int32(result.hits.count))
        return result
    }

    /// Appends the hits of one word (its folded letters `w`) to `out`.
    private func appendHits(of w: UnsafeBufferPointer<UInt32>, wordKey: UInt64, articleless: UInt64, to out: inout [Hit]) {
        let first = out.count
        func look(_ st: Int, purpose: Bool, future: Bool) {
            guard st < w.count else { return }
            /// `article`: the article was removed to reach the form.
            func probe(_ from: Int, article: Bool) {
                let key = from == 0 ? wordKey : (from == 2 && st == 0 ? articleless : NameKey.hash(UnsafeBufferPointer(rebasing: w[from...])))
                guard filter.mayContain(key), let idx = table[key] else { return }
                for j in Int(starts[Int(idx)])..<Int(starts[Int(idx) + 1]) where !article || definite[j] {
                    let slot = slots[j]
                    if out[first...].contains(where: { $0.slot == slot }) { continue }
                    out.append(Hit(slot: slot, purpose: purpose, future: future))
                }
            }
            probe(st, article: false)
            let n = w.count - st
            if n >= 4 && w[st] == NameKey.alef && w[st + 1] == NameKey.lam { probe(st + 2, article: true) }
            if n >= 3 && w[st] == NameKey.lam && purpose { probe(st + 1, article: true) }  // لل: لـ and the article
        }
        look(0, purpose: false, future: false)
        var s = 0
        if w.count >= 3, w[0] == 0x0648 || w[0] == 0x0641 {  // و ف
            s = 1
            look(s, purpose: false, future: false)
        }
        if w.count - s >= 3 {
            switch w[s] {
            case 0x0628, 0x0643: look(s + 1, purpose: false, future: false)  // ب ك
            case 0x0644:  // لـ: of purpose before a noun or a verb
                look(s + 1, purpose: true, future: false)
            case 0x0633:  // سـ before a present tense: the future
                let n = w[s + 1]
                if n == 0x064A || n == 0x062A || n == 0x0646 || n == 0x0627 { look(s + 1, purpose: false, future: true) }
            default: break
            }
        }
    }
}

/// The cue hits of each token of a text: token `i`'s are `hits[starts[i]..<starts[i + 1]]`.
package struct TokenHits {
    fileprivate var starts: [Int32] = []
    fileprivate var hits: [CueIndex.Hit] = []

    package subscript(i: Int) -> ArraySlice<CueIndex.Hit> {
        hits[Int(starts[i])..<Int(starts[i + 1])]
    }

    /// Whether token `i` can be no cue word: most tokens, asked without making a slice.
    @inline(__always)
    package func isEmpty(_ i: Int) -> Bool { starts[i] == starts[i + 1] }
}
