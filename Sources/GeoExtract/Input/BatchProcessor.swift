import Dispatch
import Foundation

/// Reads and processes inputs on every core, and hands the results on in input order, a batch at
/// a time: the output is the same bytes whatever the number of cores, and memory holds one batch.
public struct BatchProcessor: Sendable {
    /// How many inputs are in flight at once.
    public let batchSize: Int
    /// Whether to use more than one core.
    public let parallel: Bool

    public init(batchSize: Int = 256, parallel: Bool = ProcessInfo.processInfo.activeProcessorCount > 1) {
        self.batchSize = max(1, batchSize)
        self.parallel = parallel
    }

    /// Reads each of `items` and applies `transform` to it on a worker; `emit` receives the
    /// results (or why an input was skipped) on the calling thread, in input order.
    public func run<T>(
        _ items: [InputItem], stdin: @escaping @Sendable () -> Data,
        transform: @escaping @Sendable (Document) -> T,
        emit: (InputItem, Result<T, InputError>) -> Void
    ) {
        // Batches are processed while the previous one is handed on: the caller's writing overlaps
        // the workers' reading and analysis.
        let batches = stride(from: 0, to: items.count, by: batchSize).map { Array(items[$0..<min(items.count, $0 + batchSize)]) }
        let parallel = self.parallel
        let process: @Sendable ([InputItem]) -> UnsafeMutableBufferPointer<Result<T, InputError>?> = { batch in
            let slots = UnsafeMutableBufferPointer<Result<T, InputError>?>.allocate(capacity: batch.count)
            slots.initialize(repeating: nil)
            nonisolated(unsafe) let out = slots
            let work: @Sendable (Int) -> Void = { i in
                out[i] = InputCollector.read(batch[i], stdin: stdin).map(transform)  // each iteration its own slot
            }
            if parallel && batch.count > 1 {
                DispatchQueue.concurrentPerform(iterations: batch.count) { work($0) }
            } else {
                for i in batch.indices { work(i) }
            }
            return slots
        }
        guard !batches.isEmpty else { return }
        var current = process(batches[0])
        for (n, batch) in batches.enumerated() {
            nonisolated(unsafe) var next: UnsafeMutableBufferPointer<Result<T, InputError>?>?
            let group = DispatchGroup()
            if n + 1 < batches.count {
                let following = batches[n + 1]
                DispatchQueue.global().async(group: group) { next = process(following) }
            }
            for i in batch.indices { emit(batch[i], current[i]!) }
            current.deinitialize()
            current.deallocate()
            group.wait()
            if let next { current = next }
        }
    }
}
