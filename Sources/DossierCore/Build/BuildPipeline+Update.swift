import Foundation

extension BuildPipeline {
    /// Renders the pages whose fingerprint changed since the last build into this output and
    /// writes them in place (each file replaced atomically), removes pages that are gone,
    /// and returns how many pages it rendered and files it wrote. Nothing is written unless
    /// every page rendered.
    func update(pages: [PlannedPage], plan: Int, assets: AssetFiles, templates: TemplateSet,
                contexts: PageContext) throws -> (rendered: Int, written: Int) {
        let cache = options.cache
        let record = cache?.lastPages
        // The same plan (most edits) has the same pages, files and all, in the same places.
        let samePlan = record?.plan == plan
        let paths = samePlan ? record!.paths : pages.map(\.route.outputFile)
        let last = record?.entries(plan: plan, paths: paths) ?? Array(repeating: nil, count: pages.count)
        // Most pages are skipped on their dependency key, before any of their data is built.
        let keys = PageKeys(contexts: contexts, templates: templates.fingerprint, cache: cache)
        let checking = cache?.checksKeys == true
        // First the keys, then the pages left to render: spread on their own, so the few
        // heavy pages an edit touches do not all land on one core.
        let pageKeys = keys.keys(for: pages, plan: plan)
        let known = pages.indices.map { index -> (key: Int?, unchanged: UInt64?) in
            guard let key = pageKeys[index], let last = last[index], last.key == key else { return (pageKeys[index], nil) }
            return (key, last.fingerprint)
        }
        let stale = pages.indices.filter { checking || known[$0].unchanged == nil }
        options.progress?.advance(by: pages.count - stale.count)
        let rendered = Parallel.map(stale) { index -> Swift.Result<(UInt64, Data?), Error> in
            defer { options.progress?.advance() }
            let before = last[index]?.fingerprint
            return Swift.Result {
                let rendered = try render(pages[index], templates: templates, contexts: contexts, fingerprint: true)
                if let unchanged = known[index].unchanged, unchanged != rendered.fingerprint {
                    throw DossierError([.error(paths[index], "the page changed but its dependency key did not")])
                }
                return (rendered.fingerprint, before == rendered.fingerprint ? nil : rendered.bytes)
            }
        }
        // Each page's fingerprint: the one it kept, or the one it was rendered with.
        var fingerprints = known.map(\.unchanged)
        var changed: [(path: String, bytes: Data, fingerprint: UInt64)] = []
        for (index, result) in zip(stale, rendered) {
            let (fingerprint, bytes) = try result.get()
            fingerprints[index] = fingerprint
            if let bytes { changed.append((paths[index], bytes, fingerprint)) }
        }
        let assetPaths = assets.files.map { "assets/" + $0.publishedPath }
        for (file, path) in zip(assets.files, assetPaths) {
            let fingerprint = ContentHash.value(file.data)
            if cache?.writtenFingerprint(path) != fingerprint { changed.append((path, file.data, fingerprint)) }
        }
        // What the output held that this build does not make.
        var gone = Set(record?.assets ?? []).subtracting(assetPaths)
        if !samePlan { gone.formUnion(Set(record?.paths ?? []).subtracting(paths)) }
        let root = options.output.path
        do {
            for file in changed {
                let path = root + "/" + file.path
                try FileWriter.makeFolders((path as NSString).deletingLastPathComponent)
                try FileWriter.replace(file.bytes, at: path)
            }
            for path in gone { unlink(root + "/" + path) }
        } catch {
            cache?.forgetOutput()
            throw DossierError([.error(displayOutput, "cannot write the site: \(error)")])
        }
        cache?.wrote(changing: changed.map { ($0.path, $0.fingerprint) }, removing: Array(gone))
        cache?.remember(PageRecord(plan: plan, paths: paths, keys: known.map(\.key), fingerprints: fingerprints, assets: assetPaths))
        return (stale.count, changed.count)
    }
}
