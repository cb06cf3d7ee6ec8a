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

    /// The word's forms with proclitics and the article removed, longest first.
    package static func stems(of word: String) -> [Substring] {
        var forms: [Substring] = [Substring(word)]
        var w = Substring(word)
        func dropPrefix(_ p: String) -> Substring? {
            guard w.hasPrefix(p), w.unicodeScalars.count - p.unicodeScalars.count >= 2 else { return nil }
            return w.dropFirst(p.count)
        }
        for p in ["و", "ف"] { if let r = dropPrefix(p) { w = r; forms.append(r); break } }
        for p in ["ب", "ل", "ك", "س"] { if let r = dropPrefix(p) { forms.append(r); if p != "س" { w = r }; break } }
        var more: [Substring] = []
        for f in forms {
            if f.hasPrefix("ال") && f.unicodeScalars.count >= 4 { more.append(f.dropFirst(2)) }
            if f.hasPrefix("ل") && f.unicodeScalars.count >= 4 { more.append(f.dropFirst(1)) }
        }
        return forms + more
    }

    /// Suffixes a two-letter stem may take: only a verb's (فرّ، فرّت، فرّوا), so that فر does not
    /// match فرات.
    static let shortStemSuffixes: Set<String> = ["", "ت", "وا", "ا", "ن", "تا"]

    /// Whether `word` (folded) is an inflected form of `stem` (folded).
    package static func matches(_ word: String, stem: String) -> Bool {
        let allowed = stem.unicodeScalars.count <= 2 ? shortStemSuffixes : suffixes
        for form in stems(of: word) {
            if form == stem { return true }
            if form.hasPrefix(stem) {
                let rest = String(form.dropFirst(stem.count))
                if allowed.contains(rest) { return true }
            }
        }
        return false
    }
}
