/// Text with spans marked inline: `"قصف ⏩الباغوز⏪ أمس"` is the text `"قصف الباغوز أمس"` with one
/// span over the name. Offsets are in Unicode scalars, as geomap reports them.
public struct MarkedText {
    public var text: String
    public var spans: [Range<Int>]

    public init(_ marked: String) {
        var scalars = String.UnicodeScalarView()
        var spans: [Range<Int>] = []
        var open: Int?
        for s in marked.unicodeScalars {
            switch s {
            case "⏩": open = scalars.count
            case "⏪":
                if let o = open { spans.append(o..<scalars.count) }
                open = nil
            default: scalars.append(s)
            }
        }
        text = String(scalars)
        self.spans = spans
    }
}
