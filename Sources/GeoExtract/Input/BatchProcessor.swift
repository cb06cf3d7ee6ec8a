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
        var start = 0
        while start < items.count {
            let batch = Array(items[start..<min(items.count, start + batchSize)])
            let slots = UnsafeMutableBufferPointer<Result<T, InputError>?>.allocate(capacity: batch.count)
            slots.initialize(repeating: nil)
            let work = { (i: Int) in
                slots[i] = InputCollector.read(batch[i], stdin: stdin).map(transform)  // each iteration its own slot
            }
            if parallel && batch.count > 1 {
                nonisolated(unsafe) let body = work
                DispatchQueue.concurrentPerform(iterations: batch.count) { body($0) }
            } else {
                for i in batch.indices { work(i) }
            }
            for i in batch.indices { emit(batch[i], slots[i]!) }
            slots.deinitialize()
            slots.deallocate()
            start += batch.count
        }
    }
}
