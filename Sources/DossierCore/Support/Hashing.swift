/// One hash of several values, for the keys builds compare to tell what changed.
enum Hashing {
    static func of<each T: Hashable>(_ parts: repeat each T) -> Int {
        var hasher = Hasher()
        repeat hasher.combine(each parts)
        return hasher.finalize()
    }
}
