#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Storage one thread reuses from reply to reply, so that a reply does not
/// allocate and clear tables as large as the rule vocabulary.
///
/// Each thread gets its own (a POSIX thread-specific value, freed with the
/// thread), so workers analysing in parallel never share it.
final class ThreadScratch {
    /// `sentenceStamp[slot]`: the stamp of the sentence last seen holding the
    /// required word in that slot (see `BuiltInCues`). Stamps grow across
    /// replies, so an entry from an earlier sentence or reply never equals
    /// the current one and the table is never cleared between replies.
    let sentenceStamp: UnsafeMutablePointer<Int32>
    let slots: Int
    /// `setMemo[set]`: the stamp of the sentence last seen holding a word of
    /// requirement set `set` (see `BuiltInCues`); like `sentenceStamp`,
    /// never cleared between sentences or replies.
    let setMemo: UnsafeMutablePointer<Int32>
    let sets: Int
    private var nextStamp: Int32 = 0

    private init(slots: Int, sets: Int) {
        self.slots = slots
        self.sets = sets
        sentenceStamp = .allocate(capacity: max(slots, 1))
        sentenceStamp.initialize(repeating: -1, count: max(slots, 1))
        setMemo = .allocate(capacity: max(sets, 1))
        setMemo.initialize(repeating: -1, count: max(sets, 1))
    }

    deinit {
        sentenceStamp.deallocate()
        setMemo.deallocate()
        machineTables.pointee.ids.free()
        machineTables.pointee.isWord.free()
        machineTables.pointee.classLengths.free()
        machineTables.pointee.suffixMatches.free()
        machineTables.pointee.backtrack.free()
        machineTables.deinitialize(count: 1)
        machineTables.deallocate()
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
        if nextStamp == Int32.max {
            // After two billion sentences: start again from clean tables.
            sentenceStamp.update(repeating: -1, count: max(slots, 1))
            setMemo.update(repeating: -1, count: max(sets, 1))
            nextStamp = 0
        }
        defer { nextStamp += 1 }
        return nextStamp
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

    /// This thread's scratch, made on first use with room for `slots`
    /// required-word slots and `sets` requirement sets.
    static func current(slots: Int, sets: Int) -> ThreadScratch {
        if let pointer = pthread_getspecific(key) {
            let scratch = Unmanaged<ThreadScratch>.fromOpaque(pointer).takeUnretainedValue()
            if scratch.slots == slots, scratch.sets == sets { return scratch }
            Unmanaged<ThreadScratch>.fromOpaque(pointer).release()
        }
        let scratch = ThreadScratch(slots: slots, sets: sets)
        pthread_setspecific(key, Unmanaged.passRetained(scratch).toOpaque())
        return scratch
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
