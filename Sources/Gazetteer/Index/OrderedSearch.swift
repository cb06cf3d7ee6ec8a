extension RandomAccessCollection where Index == Int {
    /// The index of the first element whose `key` is `value` or more, in a collection ordered by
    /// `key` (mentions, actors and clauses by the token they start at): found by halving, so a
    /// clause of a long text does not read the text's every mention. `endIndex` when there is none.
    @inlinable
    package func firstIndex(keyAtLeast value: Int, by key: (Element) -> Int) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let mid = low + (high - low) / 2
            if key(self[mid]) < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
