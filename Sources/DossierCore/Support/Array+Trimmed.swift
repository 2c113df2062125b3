extension Array {
    /// The same elements without spare capacity. An array grown by `append` can hold twice
    /// what it needs; the extraction results a dossier keeps until its pages are built are
    /// hundreds of thousands of such arrays, a quarter of a large build's peak memory.
    func trimmed() -> [Element] {
        guard capacity > count else { return self }
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: self)
        }
    }
}
