import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The output formats every layer can be written in.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// One RFC 7946 FeatureCollection.
    case geojson
    /// RFC 8142 GeoJSON Text Sequence: RS, one Feature, LF.
    case geojsonseq
    /// RFC 4180 CSV, one row per feature, latitude and longitude as columns.
    case csv
}

/// Writes features to a byte sink as they come, in the chosen format, buffered in 64 KiB blocks.
public final class FeatureWriter {
    public let format: OutputFormat
    private let sink: (UnsafeRawBufferPointer) -> Void
    private var buffer: [UInt8] = []
    private var count = 0
    private var csvColumns: [String]?
    private let flushThreshold = 1 << 16

    /// `csvColumns` fixes the CSV header (the layer's columns, in order); other formats ignore it.
    public init(format: OutputFormat, csvColumns: [String] = [], sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.format = format
        self.sink = sink
        self.csvColumns = csvColumns
        buffer.reserveCapacity(flushThreshold * 2)
    }

    /// A writer to a file descriptor (standard output by default).
    public convenience init(format: OutputFormat, csvColumns: [String] = [], fileDescriptor: Int32 = 1) {
        self.init(format: format, csvColumns: csvColumns) { bytes in
            FileDescriptorOutput.writeAll(fileDescriptor, bytes)
        }
    }

    public func begin() {
        switch format {
        case .geojson: buffer.append(contentsOf: Array("{\"features\":[".utf8))
        case .geojsonseq: break
        case .csv: CSVText.appendHeader(csvColumns ?? [], to: &buffer)
        }
    }

    /// One feature's text in this writer's format, without separators; pure, so workers can
    /// encode while the writer writes.
    public static func encode(_ feature: Feature, format: OutputFormat, csvColumns: [String]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        switch format {
        case .geojson, .geojsonseq: JSONText.appendFeature(feature, to: &out)
        case .csv: CSVText.appendRow(feature, columns: csvColumns, to: &out)
        }
        return out
    }

    /// Writes a feature encoded by `encode`.
    public func writeEncoded(_ bytes: [UInt8]) {
        switch format {
        case .geojson:
            if count > 0 { buffer.append(0x2C) }
            buffer.append(0x0A)
            buffer.append(contentsOf: bytes)
        case .geojsonseq:
            buffer.append(0x1E)
            buffer.append(contentsOf: bytes)
            buffer.append(0x0A)
        case .csv:
            buffer.append(contentsOf: bytes)
        }
        count += 1
        if buffer.count >= flushThreshold { flush() }
    }

    public func write(_ feature: Feature) {
        switch format {
        case .geojson:
            if count > 0 { buffer.append(0x2C) }
            buffer.append(0x0A)
            JSONText.appendFeature(feature, to: &buffer)
        case .geojsonseq:
            buffer.append(0x1E)
            JSONText.appendFeature(feature, to: &buffer)
            buffer.append(0x0A)
        case .csv:
            CSVText.appendRow(feature, columns: csvColumns ?? [], to: &buffer)
        }
        count += 1
        if buffer.count >= flushThreshold { flush() }
    }

    public func end() {
        if format == .geojson {
            buffer.append(contentsOf: Array((count > 0 ? "\n" : "").utf8))
            buffer.append(contentsOf: Array("],\"type\":\"FeatureCollection\"}\n".utf8))
        }
        flush()
    }

    /// Hands what is buffered to the sink.
    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { sink($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// RFC 4180 CSV text.
package enum CSVText {
    package static func appendHeader(_ columns: [String], to out: inout [UInt8]) {
        for (i, c) in columns.enumerated() {
            if i > 0 { out.append(0x2C) }
            appendField(c, to: &out)
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    package static func appendRow(_ f: Feature, columns: [String], to out: inout [UInt8]) {
        for (i, c) in columns.enumerated() {
            if i > 0 { out.append(0x2C) }
            let value: PropertyValue
            switch c {
            case "latitude": value = f.point.map { .double($0.latitude) } ?? .null
            case "longitude": value = f.point.map { .double($0.longitude) } ?? .null
            case "id": value = .string(f.id)
            default: value = f[c] ?? .null
            }
            switch value {
            case .string(let s): appendField(s, to: &out)
            case .null: break
            case .bool(let b): out.append(contentsOf: Array((b ? "true" : "false").utf8))
            default: JSONText.appendValue(value, to: &out)
            }
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    package static func appendField(_ s: String, to out: inout [UInt8]) {
        let needsQuotes = s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        if !needsQuotes {
            out.append(contentsOf: s.utf8)
            return
        }
        out.append(0x22)
        for b in s.utf8 {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
        out.append(0x22)
    }
}

/// Writing bytes to a file descriptor, whole, across short writes and interrupts.
public enum FileDescriptorOutput {
    /// Returns false when the descriptor stops taking bytes (a closed pipe, a full disk).
    @discardableResult
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            #if canImport(Glibc)
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            #else
            let n = Darwin.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            #endif
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }
}
