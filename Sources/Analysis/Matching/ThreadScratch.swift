#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Storage one thread reuses from reply to reply, so that a reply does not
/// allocate its arrays, or allocate and clear tables as large as the rule
/// vocabulary.
///
/// Each thread gets its own (a POSIX thread-specific value, freed with the
/// thread), so workers analysing in parallel never share it. One object
/// serves both passes: the text pass (`Tokenizer`, `ParsedText`: its
/// `staging` and `textArrays`, see `TextScratch.swift`) and the rule pass
/// (`BuiltInCues`, `RuleMachine`: the stamp tables, `machineTables` and the
/// lists below). Each pass looks it up once per reply.
///
/// The word model's `CueModel.Scratch` still has its own key. It could join
/// as one more field here (`let model: UnsafeMutablePointer<CueModel.Scratch>`,
/// with `CueModel.Scratch.current()` returning `ThreadScratch.current.model`);
/// the look-ups fall from three a reply to one only once `Analyzer.analyze`
/// looks the scratch up and hands it to `ParsedText`, `BuiltInCues.detect`
/// and `CueModel.reading` (files other than this one).
final class ThreadScratch {
    /// The rule pass's stamp tables, sized by `current(slots:sets:)`.
    private struct RuleTables {
        var sentenceStamp: UnsafeMutablePointer<Int32>
        var slots: Int
        var setMemo: UnsafeMutablePointer<Int32>
        var sets: Int
        var nextStamp: Int32 = 0

        init(slots: Int, sets: Int) {
            self.slots = slots
            self.sets = sets
            sentenceStamp = .allocate(capacity: max(slots, 1))
            sentenceStamp.initialize(repeating: -1, count: max(slots, 1))
            setMemo = .allocate(capacity: max(sets, 1))
            setMemo.initialize(repeating: -1, count: max(sets, 1))
        }

        func free() {
            sentenceStamp.deallocate()
            setMemo.deallocate()
        }
    }

    /// Behind a pointer, like `machineTables`: read and written with no
    /// dynamic exclusivity check. Made for no slots until the rule pass
    /// asks (the text pass may make the scratch first).
    private let rules: UnsafeMutablePointer<RuleTables> = {
        let rules = UnsafeMutablePointer<RuleTables>.allocate(capacity: 1)
        rules.initialize(to: RuleTables(slots: 0, sets: 0))
        return rules
    }()

    /// `sentenceStamp[slot]`: the stamp of the sentence last seen holding the
    /// required word in that slot (see `BuiltInCues`). Stamps grow across
    /// replies, so an entry from an earlier sentence or reply never equals
    /// the current one and the table is never cleared between replies.
    var sentenceStamp: UnsafeMutablePointer<Int32> { rules.pointee.sentenceStamp }
    var slots: Int { rules.pointee.slots }
    /// `setMemo[set]`: the stamp of the sentence last seen holding a word of
    /// requirement set `set` (see `BuiltInCues`); like `sentenceStamp`,
    /// never cleared between sentences or replies.
    var setMemo: UnsafeMutablePointer<Int32> { rules.pointee.setMemo }
    var sets: Int { rules.pointee.sets }

    /// The text pass's staging memory (the tokenizer stores it back when it grew).
    var staging = Staging()

    /// The text pass's arrays, behind a pointer (as `machineTables`, for
    /// the same reason: `inout` uses of them are plain accesses).
    let textArrays: UnsafeMutablePointer<TextArrays> = {
        let arrays = UnsafeMutablePointer<TextArrays>.allocate(capacity: 1)
        arrays.initialize(to: TextArrays())
        return arrays
    }()

    private init() {}

    deinit {
        rules.pointee.free()
        rules.deinitialize(count: 1)
        rules.deallocate()
        machineTables.pointee.ids.free()
        machineTables.pointee.isWord.free()
        machineTables.pointee.classLengths.free()
        machineTables.pointee.suffixMatches.free()
        machineTables.pointee.backtrack.free()
        machineTables.deinitialize(count: 1)
        machineTables.deallocate()
        staging.free()
        textArrays.deinitialize(count: 1)
        textArrays.deallocate()
    }

    /// The rule machine's per-reply tables (see `RuleMachine`), grown as
    /// needed and reused: a reply allocates none of them.
    struct MachineTables {
        var ids = GrowableBuffer<Int32>()
        var isWord = GrowableBuffer<Bool>()
        var classLengths = GrowableBuffer<UInt8>()
        var suffixMatches = GrowableBuffer<Bool>()
        var backtrack = GrowableBuffer<(pc: Int, position: Int)>()
    }

    /// Behind a pointer rather than in `var` properties: growing a buffer
    /// through a class's stored property is a dynamically checked exclusive
    /// access (five `swift_beginAccess`/`endAccess` pairs per reply); through
    /// the pointer it is a plain write. Only this thread uses the scratch.
    let machineTables: UnsafeMutablePointer<MachineTables> = {
        let tables = UnsafeMutablePointer<MachineTables>.allocate(capacity: 1)
        tables.initialize(to: MachineTables())
        return tables
    }()
    /// The rule pass's per-reply lists (see `BuiltInCues.detect`).
    var liveAnywhere: [Int] = []
    var hits: [(id: Int, tokens: Range<Int>)] = []
    var vetoes: [(detector: Int, tokens: Range<Int>)] = []

    /// A stamp no earlier sentence on this thread had.
    func newStamp() -> Int32 {
        if rules.pointee.nextStamp == Int32.max {
            // After two billion sentences: start again from clean tables.
            sentenceStamp.update(repeating: -1, count: max(slots, 1))
            setMemo.update(repeating: -1, count: max(sets, 1))
            rules.pointee.nextStamp = 0
        }
        defer { rules.pointee.nextStamp += 1 }
        return rules.pointee.nextStamp
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { pointer in
            #if canImport(Darwin)
            Unmanaged<ThreadScratch>.fromOpaque(pointer).release()
            #else
            if let pointer { Unmanaged<ThreadScratch>.fromOpaque(pointer).release() }
            #endif
        }
        precondition(status == 0, "pthread_key_create failed")
        return key
    }()

    /// This thread's scratch, made on first use.
    static var current: ThreadScratch {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<ThreadScratch>.fromOpaque(pointer).takeUnretainedValue()
        }
        let scratch = ThreadScratch()
        pthread_setspecific(key, Unmanaged.passRetained(scratch).toOpaque())
        return scratch
    }

    /// This thread's scratch, with stamp tables for `slots` required-word
    /// slots and `sets` requirement sets (made afresh, all -1, when they
    /// were made for other counts).
    static func current(slots: Int, sets: Int) -> ThreadScratch {
        let scratch = current
        if scratch.slots != slots || scratch.sets != sets { scratch.resizeRuleTables(slots: slots, sets: sets) }
        return scratch
    }

    @inline(never)
    private func resizeRuleTables(slots: Int, sets: Int) {
        rules.pointee.free()
        rules.pointee = RuleTables(slots: slots, sets: sets)
    }
}

/// Raw storage for plain values that one thread reuses: `pointer(count:)`
/// hands back room for at least `count` elements, contents unspecified.
struct GrowableBuffer<Element> {
    private(set) var base: UnsafeMutablePointer<Element>?
    private var capacity = 0

    mutating func pointer(count: Int) -> UnsafeMutablePointer<Element> {
        if let base, capacity >= count { return base }
        base?.deallocate()
        capacity = max(count, capacity * 2, 64)
        let fresh = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        base = fresh
        return fresh
    }

    mutating func free() {
        base?.deallocate()
        base = nil
        capacity = 0
    }
}
