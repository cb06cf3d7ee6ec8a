/// The one normaliser geomap applies to gazetteer names and to input text alike.
///
/// It folds the spelling variation that Arabic writers use freely and that never distinguishes two
/// places: alef forms, ta marbuta and ha, alef maqsura and ya, hamza seats, Persian letter forms,
/// Arabic-Indic and Persian digits, and Latin case. It deletes what carries no letter at all:
/// harakat, tatweel, and zero-width and bidirectional control characters.
public enum ArabicNormalizer {
    /// What a single input scalar becomes.
    @frozen public enum Fold: Equatable, Sendable {
        /// A letter or digit of a word, after folding.
        case letter(UInt32)
        /// Nothing: harakat, tatweel, invisible controls. The word goes on across it.
        case ignorable
        /// Anything else: space, punctuation, symbols. It ends a word.
        case separator
    }

    /// The fold of every scalar below U+0700 (ASCII, Latin, Arabic), computed once: text is
    /// scanned through this table, the rules below decide what is in it.
    @usableFromInline
    static let table: [Int32] = (0..<0x700).map { v in tableCode(slowFold(UInt32(v))) }

    /// The same table in memory of its own that lives as long as the program and is never
    /// written after it is made: the tokeniser reads it through a pointer kept in a register.
    nonisolated(unsafe) static let tableStart: UnsafePointer<Int32> = {
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: table.count)
        p.initialize(from: table, count: table.count)
        return UnsafePointer(p)
    }()

    /// A fold as the table holds it: the letter, -1 for ignorable, -2 for a separator.
    @inline(__always)
    static func tableCode(_ fold: Fold) -> Int32 {
        switch fold {
        case .letter(let l): return Int32(l)
        case .ignorable: return -1
        case .separator: return -2
        }
    }

    /// Folds one Unicode scalar value.
    @inlinable
    public static func fold(_ v: UInt32) -> Fold {
        if v < 0x700 {
            let f = table.withUnsafeBufferPointer { $0[Int(v)] }
            return f >= 0 ? .letter(UInt32(f)) : (f == -1 ? .ignorable : .separator)
        }
        return slowFold(v)
    }

    @usableFromInline
    static func slowFold(_ v: UInt32) -> Fold {
        if v < 0x80 {
            switch v {
            case 0x30...0x39, 0x61...0x7A: return .letter(v)
            case 0x41...0x5A: return .letter(v + 0x20)
            default: return .separator
            }
        }
        if v >= 0x0600 && v <= 0x06FF { return foldArabic(v) }
        switch v {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0x00AD:
            return .ignorable
        case 0x00C0...0x024F:
            return .letter(foldLatinExtended(v))
        case 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            return foldPresentationForm(v)
        default:
            return .separator
        }
    }

    @usableFromInline
    static func foldArabic(_ v: UInt32) -> Fold {
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return .letter(0x0627)  // آ أ إ ٱ → ا
        case 0x0629: return .letter(0x0647)  // ة → ه
        case 0x0649, 0x06CC, 0x06D0, 0x064A: return .letter(0x064A)  // ى ی ې ي → ي
        case 0x0626: return .letter(0x064A)  // ئ → ي
        case 0x0624: return .letter(0x0648)  // ؤ → و
        case 0x0621: return .ignorable  // lone hamza carries no letter of its own
        case 0x06A9, 0x06AA, 0x06AF: return .letter(0x0643)  // ک ڪ گ → ك
        case 0x06C0, 0x06C1, 0x06D5: return .letter(0x0647)  // ۀ ہ ە → ه
        case 0x06A4: return .letter(0x0641)  // ڤ → ف (Kurdish v)
        case 0x067E: return .letter(0x0628)  // پ → ب
        case 0x0686: return .letter(0x062C)  // چ → ج
        case 0x0698: return .letter(0x0632)  // ژ → ز
        case 0x06C6, 0x06C7, 0x06CA, 0x06CB: return .letter(0x0648)  // Kurdish و forms
        case 0x0660...0x0669: return .letter(v - 0x0660 + 0x30)  // Arabic-Indic digits
        case 0x06F0...0x06F9: return .letter(v - 0x06F0 + 0x30)  // Persian digits
        case 0x0640: return .ignorable  // tatweel
        case 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06ED, 0x061C: return .ignorable
        case 0x0620, 0x0627...0x063A, 0x0641...0x0648, 0x066E...0x06D3, 0x06EE...0x06EF, 0x06FA...0x06FF:
            return .letter(v)
        default:
            return .separator  // Arabic punctuation: ، ؛ ؟ ٪ and the like
        }
    }

    @usableFromInline
    static func foldLatinExtended(_ v: UInt32) -> UInt32 {
        // Strip the common diacritics of romanised names (â ê î ô û ā ī ū ḥ ṣ ...) to their base letter.
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: return 0x61
        case 0xC7, 0xE7, 0x106...0x10D: return 0x63
        case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: return 0x65
        case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: return 0x69
        case 0xD2...0xD6, 0xF2...0xF6, 0x14C...0x151: return 0x6F
        case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: return 0x75
        case 0x15E...0x161: return 0x73
        case 0x11E...0x123: return 0x67
        default: return v
        }
    }

    /// Arabic presentation forms (FB50–FDFF, FE70–FEFC) fold to the letters they draw.
    @usableFromInline
    static func foldPresentationForm(_ v: UInt32) -> Fold {
        guard let scalar = Unicode.Scalar(v) else { return .separator }
        let decomposed = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
        var letter: UInt32?
        for s in decomposed {
            if case .letter(let l) = fold(s.value) {
                if letter != nil { return .separator }  // ligatures of several letters: rare, not a name
                letter = l
            }
        }
        if let letter { return .letter(letter) }
        return .ignorable
    }

    /// Normalises a whole string: folded letters, words separated by one space.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            switch fold(s.value) {
            case .letter(let l):
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(Unicode.Scalar(l)!)
            case .ignorable:
                continue
            case .separator:
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// The words of a string, normalised.
    public static func words(_ text: String) -> [String] {
        normalize(text).split(separator: " ").map(String.init)
    }
}
